// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownAreaCodes } from './areas.ts';
import { kwbFigures } from './data/kwb-figures.ts';
import { checkFigures, type FigureCheck, figureColumns } from './figures.ts';

const header = figureColumns.join(',');
const good = "2019,GM0518,'s-Gravenhage,gemeente,AantalInwoners_5,537833,count,CBS 84583NED";

function check(...lines: string[]): FigureCheck {
  return checkFigures([header, ...lines].join('\n'), knownAreaCodes());
}

function errorsOf(result: FigureCheck) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('checkFigures', () => {
  it('reads a good file, an empty value as unknown and quoted names with a comma', () => {
    const result = check(
      good,
      '2019,BU05183387,"Venen, Oorden en Raden",buurt,HuishoudensMetEenLaagInkomen_78,,%,CBS 84583NED',
    );
    expect(result).toEqual({
      ok: true,
      figures: [
        {
          year: 2019,
          areaCode: 'GM0518',
          cbsKey: 'AantalInwoners_5',
          stem: 'AantalInwoners',
          value: 537833,
          unit: 'count',
          source: 'CBS 84583NED',
        },
        {
          year: 2019,
          areaCode: 'BU05183387',
          cbsKey: 'HuishoudensMetEenLaagInkomen_78',
          stem: 'HuishoudensMetEenLaagInkomen',
          value: null,
          unit: '%',
          source: 'CBS 84583NED',
        },
      ],
    });
  });

  it('refuses an unknown area code, naming the code and the line', () => {
    expect(errorsOf(check(good, '2019,WK051899,Elders,wijk,AantalInwoners_5,100,count,CBS'))).toEqual([
      { line: 3, message: expect.stringContaining('De gebiedscode "WK051899" kennen wij niet') },
    ]);
  });

  it('refuses a figure that comes twice (same area, year and key stem, even with another suffix)', () => {
    const errors = errorsOf(check(good, "2019,GM0518,'s-Gravenhage,gemeente,AantalInwoners_6,1,count,CBS"));
    expect(errors).toEqual([
      {
        line: 3,
        message: 'Dit cijfer staat er twee keer in: GM0518, 2019, AantalInwoners_6 staat ook op regel 2.',
      },
    ]);
  });

  it('refuses a value that is not a number, such as a Dutch decimal comma or a CBS dot', () => {
    const errors = errorsOf(
      check(
        '2019,GM0518,x,gemeente,HuishoudensMetEenLaagInkomen_78,"12,4",%,CBS',
        '2019,WK051836,x,wijk,HuishoudensMetEenLaagInkomen_78,.,%,CBS',
      ),
    );
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[0]!.message).toContain('De waarde "12,4" is geen getal');
    expect(errors[1]!.message).toContain('De waarde "." is geen getal');
  });

  it('refuses an unknown unit', () => {
    expect(errorsOf(check('2019,GM0518,x,gemeente,AantalInwoners_5,5,stuks,CBS'))).toEqual([
      { line: 2, message: 'De eenheid "stuks" kennen wij niet.' },
    ]);
  });

  it('refuses a bad year, a missing source and a wrong number of columns', () => {
    const errors = errorsOf(
      check(
        '19,GM0518,x,gemeente,AantalInwoners_5,5,count,CBS',
        '2019,GM0518,x,gemeente,AantalInwoners_5,5,count,',
        '2019,GM0518',
      ),
    );
    expect(errors).toEqual([
      { line: 2, message: 'Het jaar "19" is geen jaar van 4 cijfers tussen 1990 en 2100.' },
      { line: 3, message: 'De bron ontbreekt. Schrijf op waar het cijfer vandaan komt.' },
      { line: 4, message: 'Deze regel heeft 2 kolommen. Dat moeten er 8 zijn.' },
    ]);
  });

  it('refuses a file with other columns, one without figures and one with an open quote', () => {
    expect(errorsOf(checkFigures('jaar,code\n2019,GM0518', knownAreaCodes()))[0]!.message).toContain(
      'De eerste regel moet precies deze kolommen hebben',
    );
    expect(errorsOf(check())[0]!.message).toBe('Het bestand heeft geen cijfers, alleen de kopregel.');
    expect(errorsOf(check('2019,"GM0518,x'))[0]!.message).toContain('aanhalingsteken');
  });

  it('lists every error of a file, not just the first', () => {
    const errors = errorsOf(check('2019,XX,x,gemeente,AantalInwoners_5,abc,stuks,CBS', good));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('"XX"'),
      expect.stringContaining('"abc"'),
      expect.stringContaining('"stuks"'),
    ]);
  });
});

describe('the shipped CBS figures', () => {
  const csv = readFileSync(new URL('./data/kwb-zuidwest.csv', import.meta.url), 'utf8');

  it('pass the import check and are exactly what the generated module holds', () => {
    const result = checkFigures(csv, knownAreaCodes());
    expect(result.ok).toBe(true);
    expect(kwbFigures).toEqual(result.ok ? result.figures : []);
    expect(kwbFigures).toHaveLength(2117);
  });

  it("hold CBS's population of The Hague on 1 January of each edition (README check)", () => {
    const population = kwbFigures
      .filter((f) => f.areaCode === 'GM0518' && f.stem === 'AantalInwoners')
      .map((f) => [f.year, f.value]);
    expect(population).toEqual([
      [2019, 537833],
      [2020, 545838],
      [2021, 548320],
      [2024, 566221],
    ]);
  });
});
