import { spreadsheetSafe, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header row, CRLF line ends, empty cells for null and quotes what needs quoting', () => {
    expect(
      toCsv(
        ['name', 'note', 'count'],
        [
          ['Ada, Countess', null, 3],
          ['Bob "B"', 'x', 0],
        ],
      ),
    ).toBe('name,note,count\r\n"Ada, Countess",,3\r\n"Bob ""B""",x,0\r\n');
  });

  it('writes instants as ISO 8601 UTC', () => {
    expect(toCsv(['at'], [[new Date(Date.UTC(2026, 10, 24, 12, 0, 0))]])).toBe(
      'at\r\n2026-11-24T12:00:00.000Z\r\n',
    );
  });

  it('keeps text shoppers typed from running as a spreadsheet formula', () => {
    for (const typed of ['=HYPERLINK("https://evil.example")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(spreadsheetSafe(typed)).toBe(`'${typed}`);
    }
    expect(spreadsheetSafe('Ada')).toBe('Ada');
    expect(toCsv(['name'], [['=1+1']])).toBe("name\r\n'=1+1\r\n");
  });
});
