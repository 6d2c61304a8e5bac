/**
 * orgs44 (issue 13): organisation and post junk and duplicates of unseen national news (the
 * orgs44-a judgement; invented articles).
 */
import { describe, expect, it } from 'vitest';
import {
  heldForms as held,
  inventedArticle as article,
  nodeLabels,
} from '../../tests/kit/articles.ts';

describe('an election verb before a title (会议推举…主席)', () => {
  const text = '会议推举十二届全国工商联主席高文清在新一届执委会议上作工作报告。';
  it('ends the clause: the office is the body’s, the verb no part of it', () => {
    const posts = nodeLabels([article('a', text)], 'post');
    expect(posts).toContain('全国工商联主席');
    expect(posts.some((p) => p.includes('推举'))).toBe(false);
    expect(nodeLabels([article('a', text)], 'organization').some((o) => o.includes('推举'))).toBe(
      false,
    );
  });
});

describe('a model held up to others (先进典型代表)', () => {
  it('is an honour, no office', () => {
    const text = '表彰会上，受表彰的先进典型代表林秀英、赵立新先后作了交流发言。';
    expect(nodeLabels([article('a', text)], 'post').some((p) => p.includes('典型'))).toBe(false);
  });
});

describe('a skill grade or a professional title in a firm (高级技师, 高级工程师)', () => {
  it('is a grade, no office; a chief engineer’s is one', () => {
    const posts = nodeLabels(
      [
        article('a', '今天我们来认识东方重机集团高级技师范志强，他在车间里干了三十年。'),
        article('b', '北海造船公司高级工程师宋立群说，新船下月交付。'),
        article('c', '北海造船公司总工程师邓远航说，新船下月交付。'),
      ],
      'post',
    );
    expect(posts.some((p) => /技师|高级工程师/.test(p))).toBe(false);
    expect(posts).toContain('北海造船公司总工程师');
  });
});

describe('an area’s government printed long and short (人民政府, 政府)', () => {
  const articles = [
    article('a', '广州市人民政府副市长陈立新在发布会上介绍了有关情况。'),
    article('b', '广州市副市长陈立新当天还调研了港口建设。'),
    article('c', '云南省人民政府副秘书长刘明表示，全省将加快推进。'),
    article('d', '云南省政府副秘书长刘明说，项目将于年内开工。'),
  ];
  it('is one body', () => {
    expect(nodeLabels(articles, 'organization')).toEqual(['云南省政府', '广州市政府']);
  });
  it('gives one office per post, the long form an alias', () => {
    const posts = nodeLabels(articles, 'post');
    expect(posts).toEqual(['云南省政府副秘书长', '广州市副市长']);
    expect(held(articles)).toContain('陈立新|广州市人民政府副市长');
  });
  it('leaves the central government alone (中央人民政府驻某地联络办公室)', () => {
    const text = '中央人民政府驻澳门特别行政区联络办公室主任宋文海会见了来访客人。';
    expect(nodeLabels([article('a', text)], 'post')).toContain(
      '中央人民政府驻澳门特别行政区联络办公室主任',
    );
  });
});

describe('a new envoy (某国新任驻某国大使)', () => {
  it('holds the one embassy office, printed with and without 新任', () => {
    const articles = [
      article('a', '21日，泰国新任驻老挝大使巴颂向老挝外长递交了国书副本。'),
      article('b', '泰国驻老挝大使巴颂表示，两国关系不断发展。'),
    ];
    expect(nodeLabels(articles, 'post')).toEqual(['泰国驻老挝大使']);
    expect(held(articles)).toContain('巴颂|泰国新任驻老挝大使');
  });
});

describe('a kind of body printed without its name (委员会主任, 办事处主任, 研究院院长)', () => {
  const articles = [
    article('a', '会上，委员会主任李长河通报了有关情况。'),
    article('b', '街道党工委书记王秀兰介绍，今年新建养老服务站五个。'),
    article('c', '办事处主任张立新说，要把服务做到群众家门口。'),
    article('d', '研究院院长孙立平表示，多项成果已经转化。'),
    article('e', '集团公司董事长刘强说，新厂年底投产。'),
  ];
  it('is no organisation and no office', () => {
    expect(nodeLabels(articles, 'organization')).toEqual([]);
    expect(nodeLabels(articles, 'post')).toEqual([]);
  });
  it('leaves a named body alone', () => {
    const text = '东湖高新区管委会主任韩立平说，园区将继续扩容。';
    expect(nodeLabels([article('a', text)], 'post')).toContain('东湖高新区管委会主任');
  });
});

describe('a party congress’s office printed with a bare 大会 (大会主席团常务主席)', () => {
  it('is the office of the one congress the story names, the bare form an alias', () => {
    const articles = [
      article(
        'a',
        '中国致公党第十八次全国代表大会今天上午在京开幕。大会主席团常务主席林海峰代表致公党第十七届中央委员会作工作报告。',
      ),
    ];
    expect(nodeLabels(articles, 'post')).toContain('致公党十八大主席团常务主席');
    expect(nodeLabels(articles, 'organization')).toContain('致公党十八大主席团');
    expect(held(articles)).toContain('林海峰|大会主席团常务主席');
  });
  it('stays as printed when no one congress is named', () => {
    const text = '大会主席团常务主席林海峰主持闭幕会。';
    expect(nodeLabels([article('a', text)], 'post')).toContain('大会主席团常务主席');
  });
});
