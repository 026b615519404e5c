import { GraphQLError, Kind, parseValue as parseLiteralText } from 'graphql';
import { DateScalar, DateTimeScalar } from '../src';

function badInput(fn: () => unknown) {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(GraphQLError);
  expect((caught as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
}

describe('Date', () => {
  it.each(['2024-02-29', '2000-02-29', '1949-10-01', '2023-12-31'])('accepts the real date %s', (value) => {
    expect(DateScalar.parseValue(value)).toBe(value);
    expect(DateScalar.parseLiteral(parseLiteralText(`"${value}"`))).toBe(value);
  });

  it.each<unknown>([
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-1-1',
    '2024-01-01T00:00:00Z',
    ' 2024-01-01',
    '',
    20240101,
    null,
    {},
  ])('rejects %p with BAD_USER_INPUT', (value) => {
    badInput(() => DateScalar.parseValue(value));
  });

  it('rejects non-string literals', () => {
    badInput(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20240101' }));
  });

  it('serializes database text and Date objects as YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.serialize('2024-02-29 00:00:00')).toBe('2024-02-29');
    expect(DateScalar.serialize(new Date('2024-02-29T00:00:00Z'))).toBe('2024-02-29');
  });
});

describe('DateTime', () => {
  it('serializes database text YYYY-MM-DD HH:MM:SS.mmm as an ISO instant in UTC', () => {
    expect(DateTimeScalar.serialize('2024-05-06 07:08:09.123')).toBe('2024-05-06T07:08:09.123Z');
    expect(DateTimeScalar.serialize('2024-05-06 07:08:09')).toBe('2024-05-06T07:08:09.000Z');
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2024, 4, 6, 7, 8, 9, 123)))).toBe(
      '2024-05-06T07:08:09.123Z',
    );
    expect(DateTimeScalar.serialize('2024-05-06T07:08:09.123Z')).toBe('2024-05-06T07:08:09.123Z');
  });

  it('normalizes accepted input to UTC', () => {
    expect(DateTimeScalar.parseValue('2024-05-06T15:08:09+08:00')).toBe('2024-05-06T07:08:09.000Z');
    expect(DateTimeScalar.parseLiteral(parseLiteralText('"2024-05-06T07:08:09.5Z"'))).toBe(
      '2024-05-06T07:08:09.500Z',
    );
  });

  it.each<unknown>(['2024-05-06', 'yesterday', '2024-13-06T00:00:00Z', 1714979289000, null])(
    'rejects %p',
    (value) => {
      badInput(() => DateTimeScalar.parseValue(value));
    },
  );
});
