/**
 * Chart.js, tree-shaken to what a line chart of sampled curves needs. Imported dynamically by the chart
 * islands, so it is fetched only when a chart nears the viewport. Never import `chart.js/auto`.
 */
import { Chart, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, Tooltip } from 'chart.js';

// Logarithmic scales are for the labs (gradient norms, losses).
Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Tooltip);

export { Chart };
