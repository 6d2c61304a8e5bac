/**
 * A party-wide campaign printed by its kind alone (巩固拓展主题教育成果) in a corpus that never
 * prints its full name: the campaign of that kind the Central Committee had launched by the
 * article's date. The independent annotations name the bare 主题教育 of 2024 and 2025 as the
 * 2023 campaign (cctv24y: 3 days, cctv25r: 1), which the stories print in full only in 2023.
 *
 * Sources: the Central Committee's launch meetings and opinions — 不忘初心、牢记使命主题教育
 * (work meeting of 31 May 2019, concluded by the summing-up meeting of 8 January 2020) and
 * 学习贯彻习近平新时代中国特色社会主义思想主题教育 (work meeting of 3 April 2023; its results are
 * still to be "consolidated and extended" in the years after). General public knowledge.
 */
interface Campaign {
  kind: string;
  /** ISO dates (YYYY-MM-DD), from the launch to the last day the bare kind still names it. */
  from: string;
  to: string;
  name: string;
}

const CAMPAIGNS: Campaign[] = [
  { kind: '主题教育', from: '2019-05-31', to: '2020-12-31', name: '不忘初心、牢记使命主题教育' },
  {
    kind: '主题教育',
    from: '2023-04-03',
    to: '9999-12-31',
    name: '学习贯彻习近平新时代中国特色社会主义思想主题教育',
  },
];

/** The campaign a bare kind names on `date`, or undefined (no date, or no campaign then). */
export function datedCampaign(kind: string, date: string | undefined): string | undefined {
  if (!date) return undefined;
  const day = date.slice(0, 10);
  return CAMPAIGNS.find((c) => c.kind === kind && c.from <= day && day <= c.to)?.name;
}
