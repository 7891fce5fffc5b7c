/**
 * What the demo's people type about each topic, in the three languages: written for the demo
 * (never taken from the training or evaluation sets), short and plain the way people write
 * on a phone. Topics without phrases here are still asked about through the menu's buttons;
 * a test says which topics of the knowledge folder have none.
 */
import type { Lang } from '../core/types.ts';

type ByLang = Readonly<Record<Lang, readonly string[]>>;

export const TOPIC_PHRASES: Readonly<Record<string, ByLang>> = {
  apostille: {
    es: [
      'ocupo apostillar el acta de nacimiento de mi niña que nacio en texas',
      'como consigo una copia certificada del acta de mi hijo nacido en chicago',
      'donde me apostillan un acta americana',
    ],
    en: [
      'how do I get an apostille for a birth certificate from california',
      'I need a certified copy of my son’s US birth certificate',
    ],
    ht: [
      'kijan pou m jwenn apostiy pou yon ak nesans ameriken',
      'mwen bezwen yon kopi sètifye ak nesans pitit mwen ki fèt Ozetazini',
    ],
  },
  asylum: {
    es: [
      'quiero pedir refugio en mexico como le hago',
      'como solicito asilo en comar',
      'me persiguen en mi pais y quiero quedarme en mexico como refugiado',
    ],
    en: ['how can I apply for asylum in Mexico', 'I want to ask for refugee status here, where do I go'],
    ht: ['mwen vle mande azil nan Meksik', 'kijan pou m fè demann refijye ak COMAR'],
  },
  deportee_support: {
    es: [
      'me acaban de deportar y llegue a juarez que apoyos hay',
      'me regresaron de estados unidos y no tengo nada',
      'que ayuda dan a los deportados que llegan a durango',
    ],
    en: [
      'I was just deported to Mexico, what help is there',
      'I got sent back from the US last week and need support',
    ],
    ht: ['yo fèk depòte m Meksik, ki èd ki genyen', 'yo voye m tounen soti Ozetazini, mwen bezwen èd'],
  },
  dual_nationality: {
    es: [
      'mi hijo nacio en estados unidos como lo registro aqui en mexico',
      'quiero sacar la doble nacionalidad de mi bebe',
      'como le hago para que mi hija nacida en denver sea mexicana',
    ],
    en: [
      'my daughter was born in the US, how do I register her as Mexican',
      'dual nationality for my kid born in Arizona',
    ],
    ht: [
      'pitit mwen fèt Ozetazini, kijan pou m fè l gen nasyonalite meksiken',
      'doub nasyonalite pou bebe m',
    ],
  },
  family_reunification: {
    es: [
      'quiero ir a ver a mis hijos que viven en estados unidos, soy adulto mayor',
      'el programa para que los papas visiten a sus hijos en el otro lado',
      'tengo 70 años y no veo a mi hijo desde hace 20 años',
    ],
    en: [
      'is there a program for elderly parents to visit their children in the US',
      'my parents are old and want to see me in Chicago',
    ],
    ht: ['paran m yo granmoun, yo vle vizite m Ozetazini', 'pwogram pou granmoun al wè pitit yo Ozetazini'],
  },
  legal_advice: {
    es: [
      'necesito un abogado, un policia me quito mis papeles',
      'donde pongo una queja contra migracion por maltrato',
      'me violaron mis derechos en un reten quien me asesora',
    ],
    en: [
      'I need legal advice, an officer took my documents',
      'where can I file a complaint about an official who mistreated me',
    ],
    ht: ['mwen bezwen yon avoka, yon polis pran papye m', 'ki kote pou m pote plent kont yon otorite'],
  },
  locate_person: {
    es: [
      'no sabemos nada de mi hermano desde que cruzo hace dos semanas',
      'mi esposo esta detenido por migracion y no se donde',
      'como encuentro a mi primo que lo agarraron en la frontera',
    ],
    en: [
      'my brother was detained by immigration and we do not know where he is',
      'we lost contact with my cousin on the way north',
    ],
    ht: [
      'nou pa gen nouvèl frè m depi li travèse fwontyè a',
      'imigrasyon arete mari m, mwen pa konn ki kote li ye',
    ],
  },
  mx_status: {
    es: [
      'como saco la tarjeta de visitante por razones humanitarias',
      'soy extranjero y quiero tramitar mi curp',
      'como regularizo mi situacion migratoria en mexico',
    ],
    en: ['how do I get the humanitarian visitor card', 'I am a foreigner in Mexico, how do I get a CURP'],
    ht: ['kijan pou m jwenn kat vizitè pou rezon imanitè', 'mwen se etranje, kijan pou m jwenn yon CURP'],
  },
  office_info: {
    es: ['donde estan ubicados', 'a que hora abren la oficina', 'eres un robot o una persona'],
    en: ['where is your office', 'what are your opening hours'],
    ht: ['ki kote biwo a ye', 'a ki lè biwo a louvri'],
  },
  paisano: {
    es: [
      'voy a ir a durango en diciembre que puedo llevar en la camioneta',
      'que es el programa heroes paisanos',
      'cuantas cosas puedo pasar sin pagar impuestos cuando voy de visita',
    ],
    en: ['what can I bring when I drive to Mexico for Christmas', 'tell me about the paisano program'],
    ht: ['kisa m ka pote lè m ap vizite Meksik', 'pwogram Paisano a, sa l ye'],
  },
  productive_projects: {
    es: [
      'quiero poner un negocio con lo que mande de alla',
      'hay apoyo para emprender un taller',
      'como invierto mis remesas en un proyecto productivo',
    ],
    en: [
      'is there support to start a small business in Durango',
      'I want to invest the money I send home in a business',
    ],
    ht: [
      'mwen vle louvri yon ti biznis, èske gen èd',
      'kijan pou m envesti lajan m voye lakay nan yon biznis',
    ],
  },
  psych_support: {
    es: [
      'me siento muy triste desde que regrese, necesito hablar con un psicologo',
      'hay apoyo psicologico para familias de migrantes',
      'no puedo dormir de la angustia quiero terapia',
    ],
    en: ['I need to talk to a psychologist', 'is there counseling for migrant families'],
    ht: ['mwen bezwen pale ak yon sikològ', 'èske gen sipò sikolojik pou fanmi migran'],
  },
  reintegration: {
    es: [
      'regrese a durango y busco trabajo',
      'como inscribo a mis hijos en la escuela aqui si estudiaban alla',
      'como me afilio al seguro de salud ahora que regrese de estados unidos',
    ],
    en: [
      'I came back to Durango and I am looking for a job',
      'how do my kids continue school here after coming back',
    ],
    ht: ['mwen tounen Durango e m bezwen jwenn yon travay', 'kijan pitit mwen yo ka kontinye lekòl isit la'],
  },
  remains_repatriation: {
    es: [
      'mi tio fallecio en houston y queremos traerlo a enterrar',
      'como se traslada el cuerpo de un familiar que murio en estados unidos',
      'murio mi hermana en phoenix nos ayudan con el traslado',
    ],
    en: [
      'my father died in Texas and we want to bring his body home',
      'how do we repatriate the remains of my brother',
    ],
    ht: [
      'papa m mouri Ozetazini, nou vle mennen kò l tounen',
      'kijan pou nou rapatriye kò frè m ki mouri lòt bò a',
    ],
  },
  state_documents: {
    es: [
      'vivo en chicago y ocupo mi acta de nacimiento de durango',
      'como saco la constancia de origen',
      'necesito un acta de durango pero estoy en los angeles',
    ],
    en: [
      'I live in Los Angeles and need my Durango birth certificate',
      'how do I get a proof of origin letter',
    ],
    ht: ['mwen nan Chicago e m bezwen ak nesans mwen soti Durango', 'kijan pou m jwenn yon sètifika orijin'],
  },
  transit_safety: {
    es: [
      'voy en camino al norte y necesito agua y comida',
      'que son los grupos beta',
      'donde hay un albergue para migrantes en el camino',
    ],
    en: ['I am traveling north and need a shelter', 'what are the Grupos Beta'],
    ht: ['m ap vwayaje nan Meksik, ki kote m ka jwenn yon abri', 'kisa Grupos Beta ye'],
  },
  us_humanitarian_visa: {
    es: [
      'mi mama esta grave en estados unidos y no tengo visa para ir a verla',
      'como pido un permiso humanitario para entrar a usa',
      'necesito ir al funeral de mi hermano en dallas pero no tengo papeles',
    ],
    en: [
      'how do I ask for humanitarian parole to enter the US',
      'my mother is very sick in the US and I have no visa',
    ],
    ht: [
      'manman m malad grav Ozetazini e m pa gen viza',
      'kijan pou m mande pèmi imanitè pou antre Ozetazini',
    ],
  },
  us_pension: {
    es: [
      'trabaje 15 años en estados unidos puedo cobrar mi pension',
      'como reclamo el seguro social de mi esposo que trabajo alla',
      'me corresponde la pension americana si ya me regrese',
    ],
    en: [
      'I worked in the US for twenty years, can I get social security',
      'how do I claim my US pension from Mexico',
    ],
    ht: [
      'mwen te travay Ozetazini pandan 15 an, èske m ka touche pansyon',
      'kijan pou m reklame sekirite sosyal ameriken',
    ],
  },
  us_visa_passport: {
    es: [
      'como lleno el formulario ds-160 para la visa',
      'quiero sacar la visa de turista americana',
      'como saco el pasaporte americano de mi hijo que nacio alla',
    ],
    en: ['I need help filling out the DS-160 form', 'how do I get a US passport for my son born there'],
    ht: ['mwen bezwen èd pou ranpli fòm DS-160 la', 'kijan pou m jwenn paspò ameriken pou pitit mwen'],
  },
};

/** "How much does it cost?" and the like, to follow an answer up; one of FACETS each. */
export const FACET_PHRASES: Readonly<Record<string, ByLang>> = {
  cost: {
    es: ['y cuanto cuesta?', 'tiene algun costo?'],
    en: ['how much does it cost?', 'is it free?'],
    ht: ['konbyen sa koute?', 'èske se gratis?'],
  },
  time: {
    es: ['cuanto tiempo tarda?', 'en cuantos dias sale?'],
    en: ['how long does it take?'],
    ht: ['konbyen tan sa pran?'],
  },
  documents: {
    es: ['que papeles necesito?', 'que documentos piden?'],
    en: ['what documents do I need?'],
    ht: ['ki papye m bezwen?'],
  },
  where: {
    es: ['y eso donde se hace?', 'a donde tengo que ir?'],
    en: ['where do I do that?'],
    ht: ['ki kote pou m ale?'],
  },
  eligibility: {
    es: ['yo puedo pedirlo?', 'quien puede solicitarlo?'],
    en: ['who can apply for it?'],
    ht: ['kiyès ki ka mande l?'],
  },
  steps: {
    es: ['cuales son los pasos?', 'como le hago paso por paso?'],
    en: ['what are the steps?'],
    ht: ['ki etap yo?'],
  },
};
