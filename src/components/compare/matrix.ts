/** The properties matrix: sortable by any column. */
/** Sort the matrix rows by one column, toggling direction on repeated use; updates aria-sort. */
export function sortMatrix(table: HTMLTableElement, column: number, button: HTMLElement): void {
  const headers = [...table.tHead!.rows[0]!.cells];
  const current = headers[column]!.getAttribute('aria-sort');
  const direction = current === 'ascending' ? 'descending' : 'ascending';
  headers.forEach((th) => th.removeAttribute('aria-sort'));
  headers[column]!.setAttribute('aria-sort', direction);
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const key = (row: HTMLTableRowElement) => row.cells[column]!.dataset.sort ?? '';
  const compare = (a: string, b: string) => {
    const [x, y] = [Number(a), Number(b)];
    if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x === y ? 0 : x - y;
    return a.localeCompare(b);
  };
  rows.sort((a, b) => (direction === 'ascending' ? 1 : -1) * compare(key(a), key(b)));
  body.append(...rows);
  button.focus();
}
