/** Published sources the demo content cites. Bibliographic facts only; verify before relying on them clinically. */
export const REFERENCES = {
  berman2000: {
    title: 'Antidepressant effects of ketamine in depressed patients',
    url: 'https://doi.org/10.1016/S0006-3223(99)00230-9',
    publisher: 'Biological Psychiatry',
    year: 2000,
    doi: '10.1016/S0006-3223(99)00230-9',
    pmid: '10686270',
  },
  zarate2006: {
    title:
      'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
    url: 'https://doi.org/10.1001/archpsyc.63.8.856',
    publisher: 'Archives of General Psychiatry',
    year: 2006,
    doi: '10.1001/archpsyc.63.8.856',
    pmid: '16894061',
  },
  murrough2013: {
    title:
      'Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial',
    url: 'https://doi.org/10.1176/appi.ajp.2013.13030392',
    publisher: 'American Journal of Psychiatry',
    year: 2013,
    doi: '10.1176/appi.ajp.2013.13030392',
    pmid: '23982301',
  },
  sanacora2017: {
    title: 'A consensus statement on the use of ketamine in the treatment of mood disorders',
    url: 'https://doi.org/10.1001/jamapsychiatry.2017.0080',
    publisher: 'JAMA Psychiatry',
    year: 2017,
    doi: '10.1001/jamapsychiatry.2017.0080',
    pmid: '28249076',
  },
  daly2018: {
    title:
      'Efficacy and safety of intranasal esketamine adjunctive to oral antidepressant therapy in treatment-resistant depression',
    url: 'https://doi.org/10.1001/jamapsychiatry.2017.3739',
    publisher: 'JAMA Psychiatry',
    year: 2018,
    doi: '10.1001/jamapsychiatry.2017.3739',
    pmid: '29282469',
  },
  morgan2012: {
    title: 'Ketamine use: a review',
    url: 'https://doi.org/10.1111/j.1360-0443.2011.03576.x',
    publisher: 'Addiction',
    year: 2012,
    doi: '10.1111/j.1360-0443.2011.03576.x',
    pmid: '21777321',
  },
  fdaDrugs: {
    title: 'Drugs@FDA: FDA-approved drugs (esketamine, Spravato, labeling and approval history)',
    url: 'https://www.accessdata.fda.gov/scripts/cder/daf/',
    publisher: 'U.S. Food and Drug Administration',
    year: 2020,
  },
} as const
