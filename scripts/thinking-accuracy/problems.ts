/**
 * Grade-school word problems with one numeric answer, written for this script (in the style of
 * GSM8K's *training* problems, none taken from any benchmark; GSM8K test and the other reserved
 * sets stay untouched, see the repository's rules). Small on purpose: a laptop runs every policy on
 * all of them in one sitting.
 */
export interface Problem {
  id: string;
  question: string;
  answer: number;
}

export const PROBLEMS: readonly Problem[] = [
  {
    id: 'p01',
    question:
      'Mia buys 4 packs of pencils with 12 pencils each and gives 9 pencils to her brother. How many pencils does she keep?',
    answer: 39,
  },
  {
    id: 'p02',
    question:
      'A bakery sells muffins for 3 dollars each. On Monday it sells 27 muffins and on Tuesday twice as many. How many dollars does it take in on both days together?',
    answer: 243,
  },
  {
    id: 'p03',
    question:
      'A train travels 84 kilometres per hour for 2.5 hours. How many kilometres does it travel?',
    answer: 210,
  },
  {
    id: 'p04',
    question:
      'Leo reads 18 pages a day. His book has 306 pages. How many days does he need to finish it?',
    answer: 17,
  },
  {
    id: 'p05',
    question:
      'A garden has 7 rows of tomato plants with 13 plants in each row. 15 plants die. How many plants are left?',
    answer: 76,
  },
  {
    id: 'p06',
    question:
      'Sara earns 15 dollars an hour and works 6 hours on each of 4 days. She spends 130 dollars. How many dollars does she have left?',
    answer: 230,
  },
  {
    id: 'p07',
    question:
      'A box holds 24 eggs. A farm collects 390 eggs. How many boxes can it fill completely?',
    answer: 16,
  },
  {
    id: 'p08',
    question:
      'Tom is 3 times as old as his daughter. His daughter is 11. How old will Tom be in 5 years?',
    answer: 38,
  },
  {
    id: 'p09',
    question:
      'A shirt costs 40 dollars and is sold at 25 percent off. How many dollars does it cost after the discount?',
    answer: 30,
  },
  {
    id: 'p10',
    question:
      'A school has 5 classes of 28 students and 3 classes of 31 students. How many students are there in total?',
    answer: 233,
  },
  {
    id: 'p11',
    question: 'Anna saves 35 dollars a week. How many weeks does she need to save 420 dollars?',
    answer: 12,
  },
  {
    id: 'p12',
    question: 'A rectangle is 14 metres long and 9 metres wide. What is its perimeter in metres?',
    answer: 46,
  },
  {
    id: 'p13',
    question: 'A tank holds 500 litres and is 60 percent full. How many more litres fit in it?',
    answer: 200,
  },
  {
    id: 'p14',
    question:
      'Ben has 3 times as many marbles as Carl, and together they have 96. How many marbles does Ben have?',
    answer: 72,
  },
  {
    id: 'p15',
    question: 'A cinema has 18 rows of 22 seats. 137 seats are taken. How many seats are free?',
    answer: 259,
  },
  {
    id: 'p16',
    question:
      'Pia runs 4 laps of a 400 metre track every day for a week. How many kilometres does she run that week?',
    answer: 11.2,
  },
  {
    id: 'p17',
    question:
      'A recipe needs 250 grams of flour for 10 cookies. How many grams of flour are needed for 36 cookies?',
    answer: 900,
  },
  {
    id: 'p18',
    question:
      'Jon buys 3 notebooks at 2.40 dollars each and pays with a 10 dollar note. How many dollars of change does he get?',
    answer: 2.8,
  },
  {
    id: 'p19',
    question:
      'A bus carries 45 people. 17 get off at the first stop and 9 get on. At the second stop 12 get off. How many people are on the bus now?',
    answer: 25,
  },
  {
    id: 'p20',
    question: 'The sum of three consecutive whole numbers is 87. What is the largest of them?',
    answer: 30,
  },
];
