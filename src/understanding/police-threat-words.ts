/**
 * Police or men who took money and threaten to plant drugs on a family, still parked behind them ("cops stopped us
 * on the highway, took 800 dollars and said they would plant drugs on us, theyre still parked behind us"), which
 * knowledge/signals/emergency.yaml does not hold yet (emerg-ds's family got a topic menu). Kept in code, as
 * despair-words.ts is, but read only by understanding (reading-tools.ts): the file's patterns are keyed into the
 * dialogue model's training rows. Fold them into the file at the next retraining. Folded text, as the file's rules.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';

export const POLICE_THREAT_KINDS: EmergencySignals['kinds'] = [
  {
    kind: 'threats',
    es: [
      '\\b(nos|me|le|les) (iban|van|va|iba) a (sembrar|poner|plantar|meter) (droga|drogas|mota|algo|un arma)\\b',
      // "…me dicen q si no les doy 10 mil me meten al bote y me dan una calentada" (emerg-du: read as legal advice).
      '\\bsi no (les |le )?(doy|damos|da|pago|pagamos|paga|deposito)\\b.{0,30}\\b(me|nos|lo|la|te) (meten|van a meter|llevan|van a llevar|encierran|van a encerrar|dan|van a dar)\\b.{0,6}\\b(bote|carcel|tambo|prision|calentada|golpiza|madriza|chinga)\\b',
      // "saben mi nombre y donde vivo, me da miedo" after an extortion call (emerg-dy: read as a status question).
      '\\b(ya )?(saben|sabe|conocen) (mi nombre y |como me llamo y )?(donde|en donde|adonde) (vivo|vivimos|vive mi familia|estoy|estamos)\\b',
      '\\b(siguen|sigue|estan|esta|todavia estan|aun estan) (estacionad[oa]s?|parad[oa]s?|esperando) (atras|detras|enfrente|junto) (de )?(nosotros|mi|nuestro carro|nuestra troca|la troca|el carro)\\b',
    ],
    en: [
      '\\b(said|say|says|threatened|threaten|told (us|me)) (they|he|she)?( would| will| gonna| were going to| are going to| d)? ?(plant|put) (drugs|dope|weed|something|a gun) (on|in) (us|me|our|my)\\b',
      '\\bif (i|we) (don t|dont|do not) pay\\b.{0,30}\\b(they ll|they will|theyll|they re gonna|they are going to|gonna) (lock (me|us) up|take (me|us) to jail|put (me|us) in jail|beat (me|us))\\b',
      '\\b(they|he|she) (know|knows) (my name and )?where (i|we) (live|am|are|stay)\\b',
      '\\b(they re|they are|theyre|he s|he is|hes|the (cops|police|patrol|truck|car)( is| are)?) (still )?(parked|waiting|sitting|stopped|following) (right )?(behind|beside|next to|in front of) (us|me|our (car|truck|van|bus))\\b',
    ],
    ht: [
      '\\bsi (m|mwen|nou) pa (peye|ba yo|bay)\\b.{0,30}\\b(yo|li) (ap|pral|va) (mete (m|mwen|nou) nan prizon|arete (m|mwen|nou)|bat (m|mwen|nou))\\b',
      '\\b(yo|li) (konnen|konn) (non m ak |non mwen ak )?(kote|ki kote) (m|mwen|nou) (rete|ye|abite)\\b',
      '\\b(yo|li|polis la|lapolis) (di|te di) (yo|li)? ?(ap|pral|va) (mete|plante) (dwog|drog|zam) (sou|nan) (nou|mwen|m)\\b',
    ],
  },
];
