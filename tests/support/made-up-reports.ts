/** Made-up reports that tests set under a strip, a masthead or a box (written for these tests). */

/** A short village report: headline, a credit with two names, three lines of text. */
export const garden = [
  '南湖村建起共享菜园',
  '',
  '本报讯（记者 林红 通讯员 周青）近日，南湖村把',
  '村口闲置的三亩荒地改成共享菜园，分给四十户',
  '村民认领耕种，菜园里种上了青菜、萝卜和豌豆。',
  '',
];

/** The same report two lines longer. */
export const gardenLong = [
  ...garden.slice(0, -1),
  '村干部介绍，菜园由村集体统一平整土地、修建',
  '水渠，村民只需按时浇水除草，收获归自己所有。',
  '',
];
