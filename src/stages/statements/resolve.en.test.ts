import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

/** Speaker and role of each statement, in text order: "Name [role] (implied)". */
const speakers = (text: string) =>
  statementsOf(text, 'en').map(
    (s) =>
      `${s.speaker.name}${s.speaker.role ? ` [${s.speaker.role}]` : ''}${s.speaker.implied ? ' (implied)' : ''}`,
  );

describe('speaker resolution in English', () => {
  it('gives "the company" the name before it that was taken for a person but holds no given name', () => {
    const out = speakers(
      'Harbour Stone Works denied any wrongdoing.\nIn a statement, the company said the wall met every rule.',
    );
    expect(out[1]).toBe('Harbour Stone Works (implied)');
  });

  it('keeps "the company" for itself when the name before it is surely a person', () => {
    const out = speakers('Maria Lopez denied any wrongdoing.\nThe company said the wall met every rule.');
    expect(out[1]).toBe('company');
  });

  it('never gives "the government" to a name taken for a person', () => {
    const out = speakers(
      'Harbour Stone Works denied any wrongdoing.\nThe government said it would inspect the wall.',
    );
    expect(out[1]).not.toContain('Harbour');
  });

  it('gives a definite role noun the person named earlier in that role, keeping the role as written', () => {
    expect(
      speakers(
        'Health Minister Maria Santos said 40 new cases were found.\nThe minister said clinics would stay open.',
      ),
    ).toEqual(['Maria Santos [Health Minister]', 'Maria Santos [minister]']);
  });

  it('does not give a general role to a deputy of that role', () => {
    const out = speakers(
      'Health Minister Maria Santos said 40 new cases were found.\nDeputy Health Minister Tom Reed said vaccines had arrived.\nThe minister said schools would stay open.',
    );
    expect(out[2]).toBe('Maria Santos [minister]');
  });

  it('gives "the minister" to the deputy minister who just spoke when nobody holds the role itself', () => {
    const out = speakers(
      'Deputy Interior Minister Rodrigo Faundez said power was back in most towns.\n"These figures could change," Faundez said.\nThe minister added that no hospital had been damaged.',
    );
    expect(out[2]).toBe('Rodrigo Faundez [minister]');
  });

  it('does not give "the minister" to a deputy who spoke several sentences before', () => {
    const out = speakers(
      'Deputy Interior Minister Rodrigo Faundez said power was back in most towns.\nRoads reopened on Monday. Schools stayed shut. Shops ran out of water.\nThe minister added that no hospital had been damaged.',
    );
    expect(out[1]).toBe('minister [minister]');
  });

  it("gives a lead's role noun the person the next sentence names for the first time", () => {
    const out = speakers(
      'The environment secretary said on Thursday that the spill could take years to clean up.\nMaria Santos told a Senate hearing that the slick was far larger than reported.',
    );
    expect(out[0]).toBe('Maria Santos [environment secretary]');
  });

  it("does not give a lead's role noun to a person the article names with a role of their own", () => {
    const out = speakers(
      'The environment secretary said on Thursday that the spill could take years to clean up.\n"Nobody gets EPO by accident," said Mark Halloran.\nHalloran, a former laboratory director, said the samples were sound.',
    );
    expect(out[0]).toBe('environment secretary [environment secretary]');
  });

  it('gives "it" to a company name taken for a person rather than to an earlier body', () => {
    const out = speakers(
      "The coast guard said booms had been deployed.\nThe tanker's owner, Seabright Tankers, said it was working with the authorities. It did not say how much oil had leaked.",
    );
    expect(out[2]).toMatch(/^Seabright Tankers/);
  });

  it('keeps "it" for the body when the last speaker bears a given name', () => {
    const out = speakers(
      'The coast guard said booms had been deployed.\nMaria Santos said the slick was spreading. It did not say how much oil had leaked.',
    );
    expect(out[2]).toMatch(/^coast guard/);
  });

  it('finds the holder of a general role by the country a demonym names', () => {
    const out = speakers(
      'Russian President Vladimir Putin said the talks had failed.\nUkraine said it would keep fighting.\nThe Russian leader said new sanctions would change nothing.',
    );
    expect(out[2]).toBe('Vladimir Putin [Russian leader]');
  });

  it('finds the person an official speaks for by the body they share', () => {
    const out = speakers(
      'White House press secretary Karine Jean-Pierre said the president would travel on Friday.\nThe White House official said the trip was planned months ago.',
    );
    expect(out[1]).toBe('Karine Jean-Pierre [White House official]');
  });

  it('gives a role noun the person named in that role right after it', () => {
    const out = speakers(
      'The ministry\'s spokesperson said twelve ships were waiting.\n"The queue should clear by Friday," said the trade ministry\'s spokesperson, Nadia Rahman.',
    );
    expect(out[0]).toMatch(/^Nadia Rahman \[/);
  });

  it('gives a role noun a person named in apposition with that role who never spoke', () => {
    expect(
      speakers(
        'The governor met Maria Santos, the health minister, on Monday.\nAfter the meeting, the minister said clinics would stay open.',
      ),
    ).toEqual(['Maria Santos [minister]']);
  });

  it('leaves indefinite and unnamed sources alone', () => {
    expect(
      speakers(
        'John Kirby, the spokesperson, said the troops had arrived.\nA spokesperson said the talks would go on.\nOfficials said nothing had been decided.',
      ).slice(1),
    ).toEqual(['spokesperson [spokesperson]', 'Officials']);
  });

  it('leaves a role noun alone when no one in the article holds that role', () => {
    expect(
      speakers('John Kirby said the troops had arrived.\nThe minister said the border was calm.')[1],
    ).toBe('minister [minister]');
  });

  it('skips a man for "she" and takes the last woman who spoke', () => {
    expect(
      speakers(
        'Finance Minister Dewi Kartika said the subsidy would be cut.\nEnergy Minister Bambang Hartono said the cut should wait.\nShe said the savings would go to schools.',
      )[2],
    ).toBe('Dewi Kartika [Finance Minister] (implied)');
  });

  it('reads gender from an honorific when the given name says nothing', () => {
    expect(
      speakers(
        'Mrs Lorimer said the bridge was unsafe.\nEngineer Tom Reed said repairs would take a month.\nShe said the council had been warned.',
      )[2],
    ).toMatch(/^Lorimer .*\(implied\)$/);
  });

  it("does not take a possessive beside a name for that person's gender", () => {
    expect(
      speakers(
        'Her spokesman, Tom Reed, said the senator would not run.\nMaria Santos said she would.\nHe said the decision was final.',
      )[2],
    ).toBe('Tom Reed (implied)');
  });

  it('gives "it" the last body that spoke, past a person who spoke after it', () => {
    expect(
      speakers(
        'The foreign ministry said the talks would resume.\nJohn Kirby said troops had arrived.\nIt said the envoy had been summoned.',
      )[2],
    ).toBe('foreign ministry (implied)');
  });

  it('gives "he" the person named in apposition to a role that opens the sentence before', () => {
    expect(
      speakers(
        'Abena Osei, an economist, said the bank was right. Another analyst, Kofi Nyarko of consultancy Sankofa Economics, was more sceptical. He said the bank would be unwise to spend reserves.',
      )[1],
    ).toBe('Kofi Nyarko (implied)');
  });

  it('gives "they" every speaker of the last coordinated statement', () => {
    expect(
      speakers(
        'Farah Dakhlallah and John Kirby said the drills were routine.\nThey said more would follow.',
      ).slice(2),
    ).toEqual(['Farah Dakhlallah (implied)', 'John Kirby (implied)']);
  });
});
