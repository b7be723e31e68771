// The demo series' texts in the six languages, and who is invited to its editions (prisma/seed.ts writes them).
export const SERIES_NAME = {
  en: "International Seminar on Joint Response to Terrorism under the New Circumstances",
  zh: "新形势下共同应对恐怖主义国际研讨会",
  ar: "الندوة الدولية حول الاستجابة المشتركة للإرهاب في ظل الظروف الجديدة",
  fr: "Séminaire international sur la riposte commune au terrorisme dans les nouvelles circonstances",
  ru: "Международный семинар по совместному противодействию терроризму в новых условиях",
  es: "Seminario Internacional sobre la Respuesta Conjunta al Terrorismo en las Nuevas Circunstancias",
};
export const HOST = {
  en: "China Institute of International Studies (CIIS)",
  zh: "中国国际问题研究院",
  ar: "المعهد الصيني للدراسات الدولية",
  fr: "Institut chinois d'études internationales (CIIS)",
  ru: "Китайский институт международных исследований (CIIS)",
  es: "Instituto de Estudios Internacionales de China (CIIS)",
};
export const DESCRIPTION = {
  en: "A yearly seminar where delegations exchange on non-traditional security threats and international counter-terrorism cooperation.",
  zh: "各国代表团就非传统安全威胁与国际反恐合作开展交流的年度研讨会。",
  ar: "ندوة سنوية تتبادل فيها الوفود الآراء حول التهديدات الأمنية غير التقليدية والتعاون الدولي في مكافحة الإرهاب.",
  fr: "Un séminaire annuel où les délégations échangent sur les menaces non traditionnelles à la sécurité et la coopération internationale contre le terrorisme.",
  ru: "Ежегодный семинар, на котором делегации обмениваются мнениями о нетрадиционных угрозах безопасности и международном сотрудничестве в борьбе с терроризмом.",
  es: "Un seminario anual en el que las delegaciones debaten sobre las amenazas no tradicionales a la seguridad y la cooperación internacional contra el terrorismo.",
};
export const THEME_2020 = {
  en: "Non-Traditional Security Threats and International Counter-Terrorism Cooperation",
  zh: "非传统安全威胁与国际反恐合作",
  ar: "التهديدات الأمنية غير التقليدية والتعاون الدولي في مكافحة الإرهاب",
  fr: "Menaces non traditionnelles à la sécurité et coopération internationale contre le terrorisme",
  ru: "Нетрадиционные угрозы безопасности и международное сотрудничество в борьбе с терроризмом",
  es: "Amenazas no tradicionales a la seguridad y cooperación internacional contra el terrorismo",
};
export const THEME_NEXT = {
  en: "Multilateralism, Openness and a Unified Standard in Countering Terrorism",
  zh: "坚持多边主义、开放包容与统一标准，共同打击恐怖主义",
  ar: "التعددية والانفتاح والمعيار الموحد في مكافحة الإرهاب",
  fr: "Multilatéralisme, ouverture et norme unifiée dans la lutte contre le terrorisme",
  ru: "Многосторонность, открытость и единый стандарт в противодействии терроризму",
  es: "Multilateralismo, apertura y un criterio unificado en la lucha contra el terrorismo",
};
export const VENUE = {
  en: "China Institute of International Studies, 3 Toutiao, Taijichang, Beijing",
  zh: "北京台基厂头条3号 中国国际问题研究院",
};

/** Organizations invited besides the States. */
export const DEMO_ORGANIZATIONS = [
  { acronym: "AU", names: { en: "African Union", fr: "Union africaine", ar: "الاتحاد الأفريقي", zh: "非洲联盟", ru: "Африканский союз", es: "Unión Africana" } },
  { acronym: "SCO", names: { en: "Shanghai Cooperation Organisation", fr: "Organisation de coopération de Shanghai", ar: "منظمة شانغهاي للتعاون", zh: "上海合作组织", ru: "Шанхайская организация сотрудничества", es: "Organización de Cooperación de Shanghái" } },
  { acronym: "UNODC", names: { en: "United Nations Office on Drugs and Crime", fr: "Office des Nations Unies contre la drogue et le crime", ar: "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", zh: "联合国毒品和犯罪问题办公室", ru: "Управление Организации Объединенных Наций по наркотикам и преступности", es: "Oficina de las Naciones Unidas contra la Droga y el Delito" } },
];
// Countries that took part in 2020, and those invited to the next edition ("invite more countries").
export const INVITED_2020 = ["CN", "PK", "RU", "KZ", "EG", "IR", "TR", "ID", "ZA", "BR"];
export const INVITED_NEXT: [string, "NOT_SENT" | "SENT" | "ACCEPTED" | "DECLINED" | "NO_ANSWER"][] = [
  ["CN", "ACCEPTED"], ["PK", "ACCEPTED"], ["RU", "ACCEPTED"], ["KZ", "SENT"], ["EG", "ACCEPTED"],
  ["IR", "SENT"], ["TR", "NO_ANSWER"], ["ID", "SENT"], ["ZA", "DECLINED"], ["BR", "SENT"],
  ["FR", "SENT"], ["NG", "NOT_SENT"], ["AR", "NOT_SENT"], ["SA", "SENT"], ["UZ", "ACCEPTED"],
];
