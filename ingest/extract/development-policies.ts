/**
 * 陕西出台脱贫地区特色产业发展政策, 落实好党中央支持西藏发展政策: an unquoted policy named only by
 * the development it supports (…产业发展政策, 支持某地发展政策) is the kind of support a field or a
 * place gets, no named policy (prog48-a judges 脱贫地区特色产业发展政策 junk); a named one says what it
 * does (残疾人辅助器具适配补贴政策, 外资企业利润再投资递延纳税政策) or carries its year and issuer
 * (2023年某省外资专项激励资金政策). A title in 《》 is read by titled-programs.ts, not here.
 */
export const isDevelopmentSupport = (name: string): boolean =>
  /发展(支持|扶持|促进)?政策$/.test(name) && !/^(19|20)[0-9]{2}年/.test(name);
