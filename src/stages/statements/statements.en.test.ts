import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf, type Expect } from './test-support.js';

const cases: Array<[string, string, Expect[]]> = [
  [
    'a speaker with an age and a relative clause before the cue',
    'Gareth Rowe, 58, who signed off the final design, denied the charge.',
    [{ speaker: 'Gareth Rowe', cue: 'denied', stance: 'deny' }],
  ],
  [
    'testimony as a reporting verb',
    'A junior engineer, Fiona Lam, testified that she raised the problem in three emails.',
    [{ speaker: 'Fiona Lam', cue: 'testified', content: 'she raised the problem in three emails' }],
  ],
  [
    'a second speaker in a clause opened by a subordinator after a comma',
    'The chamber said the rules were fair, while the Canadian Labour Congress said it would fight them in court.',
    [
      { speaker: 'chamber', cue: 'said', content: 'the rules were fair' },
      { speaker: 'Canadian Labour Congress', cue: 'said', content: 'it would fight them in court' },
    ],
  ],
  [
    'a speaker inside a clause opened by "even as"',
    'Prices of saline kept rising, even as the health minister insisted there was no shortage.',
    [{ speaker: 'health minister', cue: 'insisted', content: 'there was no shortage' }],
  ],
  [
    'a speaker with nothing to add, who leaves the claim open',
    'Kremlin spokesman Dmitry Peskov told reporters he had nothing to add to his earlier comments.',
    [{ speaker: 'Dmitry Peskov', stance: 'hedge' }],
  ],
  [
    'two cues sharing one subject',
    'John Kirby said the troops had arrived and added that more could follow.',
    [
      { speaker: 'John Kirby', cue: 'said', content: 'the troops had arrived' },
      { speaker: 'John Kirby', cue: 'added', content: 'more could follow' },
    ],
  ],
  [
    'a cue after "but" taking the sentence subject',
    'Her spokesman, Tom Reed, declined to say whether she would run again, but added that all options were on the table.',
    [
      { speaker: 'Tom Reed', cue: 'declined to say', stance: 'hedge' },
      { speaker: 'Tom Reed', cue: 'added', content: 'all options' },
    ],
  ],
  [
    'a body that points back to none before it',
    'Officials said 40 drones were shot down. The company, which employs 3,000 people, said its profits fell.',
    [{ speaker: 'Officials' }, { speaker: 'company', implied: false }],
  ],
  [
    'a body named by a common noun as the subject, before the content or after it',
    'The directorate said it would inspect every ferry. The ferry was refloated on Sunday, the coast guard said.',
    [
      { speaker: 'directorate', content: 'it would inspect every ferry' },
      { speaker: 'coast guard', content: 'The ferry was refloated' },
    ],
  ],
  [
    'two clauses reported by one cue, the second opened by "and that"',
    'The ministry said it had sent teams, and that the shortage would end soon.',
    [
      { speaker: 'ministry', content: 'it had sent teams' },
      { speaker: 'ministry', content: 'the shortage would end soon' },
    ],
  ],
  [
    'a second predicate of the reported subject, opened by "and" and an auxiliary',
    'The agency said it was collecting samples from 20 sites and would release results within a week.',
    [
      { speaker: 'agency', content: 'it was collecting samples from 20 sites' },
      { speaker: 'agency', content: 'would release results within a week' },
    ],
  ],
  [
    'a second reported clause opened by "but that"',
    'The commission said any complaint would be investigated, but that corrections were permitted.',
    [
      { speaker: 'commission', content: 'any complaint would be investigated' },
      { speaker: 'commission', content: 'corrections were permitted' },
    ],
  ],
  [
    'a role with a complement naming its employer as the speaker',
    'A spokesperson for a major Korean automaker said vehicles had been held at the port.',
    [{ speaker: 'spokesperson for a major Korean automaker', content: 'vehicles had been held' }],
  ],
  [
    'a speaker whose age stands between commas before the cue',
    'Fisherman Arnel Castillo, 47, said he had not been able to go out since Sunday.',
    [{ speaker: 'Arnel Castillo', content: 'he had not been able to go out' }],
  ],
  [
    'a profession noun before a name as its role',
    'On Monday, city administrator Mahmudur Rashid said teams would inspect rooftops.',
    [{ speaker: 'Mahmudur Rashid', content: 'teams would inspect rooftops' }],
  ],
  [
    'a speaker and cue set off by commas inside the reported clause',
    'Nazmul Hasan said the drive had begun too late. Samples his team tested last year were largely ineffective, he said, though he admitted more tests were needed.',
    [
      { speaker: 'Nazmul Hasan', content: 'the drive had begun too late' },
      { speaker: 'Nazmul Hasan', content: 'Samples his team tested last year were largely ineffective' },
    ],
  ],
  [
    'no reported clause in a date or place opening the sentence before the speaker',
    'On Monday afternoon, the minister said, in a statement, that the dam was safe.',
    [{ speaker: 'minister', content: 'the dam was safe' }],
  ],
  [
    'a headline whose source closes it after a colon',
    'Kolkata on alert as dengue outbreak spills across border: officials\nOfficials said hospitals were ready.',
    [
      { speaker: 'officials', content: 'Kolkata on alert as dengue outbreak spills across border' },
      { speaker: 'Officials', content: 'hospitals were ready' },
    ],
  ],
  [
    'a speaker set off by commas with a channel after its cue',
    'The pipes were old, the council said in a press release, but the order would stay.',
    [{ speaker: 'council', content: 'The pipes were old' }],
  ],
  [
    'a body described by plain words before its head after "according to"',
    'Water will be handed out at the gym, according to the county emergency management office.',
    [{ speaker: 'county emergency management office', content: 'Water will be handed out' }],
  ],
  [
    'two clauses joined by "and" alone, one statement',
    'The ministry said it had sent teams and doctors would follow.',
    [{ speaker: 'ministry', content: 'it had sent teams and doctors would follow' }],
  ],
  [
    'a plural profession noun as the unnamed source at the end',
    'Most buildings came through the quake with little damage, engineers said.',
    [{ speaker: 'engineers', content: 'Most buildings came through the quake' }],
  ],
  [
    'the owner of a record named by "according to" as the source',
    "Deaths rose to 164, according to the directorate's daily bulletin. Reserves fell, according to IMF figures.",
    [
      { speaker: 'directorate', content: 'Deaths rose to 164' },
      { speaker: 'IMF', content: 'Reserves fell' },
    ],
  ],
  [
    'officials named by their field',
    'Health officials confirmed 15 new cases.',
    [{ speaker: 'Health officials' }],
  ],
  [
    'a statement from a body',
    'According to a statement from the ministry, the talks will resume next week.',
    [{ speaker: 'ministry', content: 'talks will resume' }],
  ],
  [
    'a body named only by its kind',
    'The ministry said 2,000 soldiers had been sent to the border.',
    [{ speaker: 'ministry', cue: 'said', implied: false }],
  ],
  [
    'a body that points back past a person to the body that spoke before',
    'The foreign ministry said it would protest. John Kirby said troops had arrived. The ministry said it had summoned the envoy.',
    [
      { speaker: 'foreign ministry', content: 'protest' },
      { speaker: 'John Kirby' },
      { speaker: 'foreign ministry', content: 'summoned', implied: true },
    ],
  ],
  [
    'a denial brushed aside',
    'The White House said the denials did not change its view that 3,000 troops had arrived.',
    [{ speaker: 'White House', stance: 'assert' }],
  ],
  [
    'a quote with an inverted attribution',
    '"We are ready for the floods," said Governor Maria Santos.',
    [{ speaker: 'Maria Santos', cue: 'said', direct: true, stance: 'assert' }],
  ],
  [
    'a quote with subject and verb after it',
    '“Supplies will last until spring,” the agency’s director Tom Becker said.',
    [{ speaker: 'Tom Becker', direct: true }],
  ],
  [
    'a quote split around its attribution',
    '"We see signs of recovery," Governor Alan Reed said in Boston, "but it is too early to tell."',
    [
      { speaker: 'Alan Reed', stance: 'assert' },
      { speaker: 'Alan Reed', content: 'too early' },
    ],
  ],
  [
    'an attribution with a colon before the quote',
    'Finance Minister Sarah Klein said: "The deficit will stay below three percent."',
    [{ speaker: 'Sarah Klein', cue: 'said', direct: true }],
  ],
  [
    'reported speech with that',
    'The head of the statistics office, Amal Farouk, said that inflation eased last month.',
    [{ speaker: 'Amal Farouk', direct: false, content: 'inflation eased' }],
  ],
  [
    'according to at the start',
    'According to local police, the bridge collapsed under an overloaded truck.',
    [{ speaker: 'police', content: 'the bridge collapsed' }],
  ],
  [
    'according to at the end',
    'The bridge collapsed under an overloaded truck, according to public works chief Ben Carter.',
    [{ speaker: 'Ben Carter', content: 'The bridge collapsed' }],
  ],
  [
    'a pronoun that points at the previous speaker',
    'Committee chair Diana Lowe said the event would go ahead. "All participants have registered again," she added.',
    [
      { speaker: 'Diana Lowe', direct: false },
      { speaker: 'Diana Lowe', implied: true, direct: true },
    ],
  ],
  [
    'an unnamed official talking to an outlet',
    'A senior ministry official told Reuters that the plan had been postponed.',
    [{ speaker: 'official', cited: 'Reuters' }],
  ],
  [
    'a denial verb',
    'Kremlin spokesman Dmitry Peskov denied the report.',
    [{ speaker: 'Peskov', stance: 'deny', cue: 'denied' }],
  ],
  [
    'a denial by negated belief',
    'The Japanese government does not believe the ship entered its waters.',
    [{ speaker: 'government', stance: 'deny' }],
  ],
  [
    'a hedge',
    'Rescue chief Henry Walsh said the cause of the crash remains to be seen.',
    [{ speaker: 'Henry Walsh', stance: 'hedge' }],
  ],
  [
    'a conditional',
    'Trade Minister Rudy Hart said that if oil prices rise, subsidies would be increased.',
    [{ speaker: 'Rudy Hart', stance: 'conditional' }],
  ],
  [
    'a question',
    'Lawmaker Maria Ulf asked whether the funds had been released.',
    [{ speaker: 'Maria Ulf', stance: 'question' }],
  ],
  [
    'coordinated speakers',
    'Governor Ian Sett and a weather agency spokesperson both said that heavy rain would continue.',
    [{ speaker: 'Ian Sett' }, { speaker: 'spokesperson' }],
  ],
  [
    'a body as speaker',
    'The White House also confirmed on Wednesday that the visit had been cancelled.',
    [{ speaker: 'White House', cue: 'confirmed' }],
  ],
  [
    'a platform',
    'French President Emmanuel Macron said on X that the agreement was historic.',
    [{ speaker: 'Macron', cited: 'X' }],
  ],
  [
    'an outlet cited before the speaker',
    'According to a report by Reuters, Prime Minister Li Wei said: "We will not back down."',
    [{ speaker: 'Li Wei', cited: 'Reuters', direct: true }],
  ],
];

describe('statements in English', () => {
  for (const [name, text, expected] of cases) {
    it(`reads ${name}`, () => {
      const got = statementsOf(text, 'en');
      for (const e of expected)
        expect(
          got.some((s) => meets(s, e)),
          `${JSON.stringify(e)}\n got: ${got.map(describeStatement).join('\n      ')}`,
        ).toBe(true);
      expect(got.length).toBe(expected.length);
    });
  }

  it('finds no statement in a plain report', () => {
    expect(
      statementsOf(
        'Heavy rain fell on the capital since the morning. Floods reached hundreds of homes.',
        'en',
      ),
    ).toEqual([]);
  });

  it('does not take a short term in quotes for a statement', () => {
    expect(statementsOf('Residents call the district a "drowned village" these days.', 'en')).toEqual([]);
  });
});

describe('a participle after a clause that is no attribution', () => {
  it('gives the participle to the subject that opens the sentence', () => {
    const out = statementsOf(
      'The Bank of Ghana raised its main rate by two points on Monday, saying a fall in the cedi threatened to push inflation higher.',
      'en',
    );
    expect(out.map((s) => `${s.speaker.name}: ${s.cue}: ${s.content}`)).toEqual([
      'Bank of Ghana: saying: a fall in the cedi threatened to push inflation higher',
    ]);
  });

  it('reads a speech verb after an article as a noun, not as a cue', () => {
    const out = statementsOf('The agency issued a warning that storms could hit the coast.', 'en');
    expect(out).toEqual([]);
  });
});

describe('a reported clause whose own subject and verb follow the cue', () => {
  it('keeps "said she still believed …" as one statement of the first speaker', () => {
    const out = statementsOf('Patricia Doucet said she still believed a negotiated deal was possible.', 'en');
    expect(out.map((s) => `${s.speaker.name}: ${s.content}`)).toEqual([
      'Patricia Doucet: she still believed a negotiated deal was possible',
    ]);
  });
});

describe('a verb of appraisal with its object', () => {
  it('reads "X welcomed the decision" as X appraising the decision', () => {
    const out = statementsOf('The BC Maritime Employers Association welcomed the decision.', 'en');
    expect(out.map((s) => `${s.speaker.name}: ${s.cue}: ${s.content}`)).toEqual([
      'BC Maritime Employers Association: welcomed: the decision',
    ]);
  });

  it('reads no statement when no speaker welcomes', () => {
    expect(statementsOf('The crowd welcomed the team at the airport.', 'en')).toEqual([]);
  });
});
