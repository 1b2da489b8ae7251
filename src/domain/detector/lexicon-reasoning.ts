import type { CueDefinition } from './lexicon';

/**
 * Cue phrases for reasoning without numbers or code: deduction from rules and premises, keeping
 * track of changing states, ordering and scheduling constraints, instruction sequences, argument
 * analysis and questions that chain several facts. Same syntax and rules as `lexicon.ts`. Words
 * such as "if", "all" or "then" are common in easy prompts too, so these cues count matches (up to
 * `countCap`) and the model learns how much a single occurrence is worth.
 */
export const REASONING_CUES: readonly CueDefinition[] = [
  {
    id: 'cue:conditional',
    reason: 'deduction',
    prior: 0.3,
    countCap: 4,
    patterns: {
      en: 'if, unless, only if, provided that, whenever, then it, then they, then he, then she, implies, implied, in which case, otherwise',
      de: 'wenn, falls, sofern, es sei denn, nur wenn, dann ist, dann sind, dann hat, dann haben, impliziert, andernfalls, ansonsten',
      fr: 'si, sauf si, seulement si, alors il, alors elle, implique, sinon',
      es: 'si, a menos que, solo si, entonces, implica, de lo contrario',
      it: 'solo se, a meno che, allora, implica, altrimenti',
      pt: 'somente se, a menos que, entao, implica, caso contrario',
      nl: 'indien, tenzij, alleen als, dan is, dan zijn, impliceert',
    },
  },
  {
    id: 'cue:quantifier',
    reason: 'deduction',
    prior: 0.2,
    countCap: 4,
    patterns: {
      en: 'all, every, everyone, everything, everybody, no one, nobody, none, nothing, some, any, neither, either, only, not all, at least one',
      de: 'alle, jede, jeder, jedes, kein, keine, keiner, keines, niemand, nichts, einige, manche, irgendein*, nicht alle, mindestens ein*',
      fr: 'tous, toutes, chaque, aucun*, personne ne, rien, certains, certaines, quelques',
      es: 'todos, todas, ningun*, nadie, nada, algunos, algunas',
      it: 'tutti, tutte, nessun*, niente, alcuni, alcune',
      pt: 'todos, todas, nenhum*, ninguem, nada, alguns, algumas',
      nl: 'alle, iedereen, niemand, niets, sommige, geen enkel*',
    },
  },
  {
    id: 'cue:inference',
    reason: 'deduction',
    prior: 1.5,
    patterns: {
      en: 'therefore, thus, hence, consequently, it follows, follows from, conclude*, conclusion*, premise*, deduce*, deduction*, infer, inferred, entail*, logically, must be true, must be false, cannot be true, could be true, necessarily true, necessarily, syllogism*, valid argument, given only, based only on, based on the above, facts and rules',
      de: 'folglich, daraus folgt, folgt daraus, schlussfolger*, schluss ziehen, pramisse*, voraussetzungen, gefolgert, ableiten, logisch folgt, muss wahr sein, muss falsch sein, kann nicht wahr sein, notwendigerweise, syllogismus, nur anhand, ausschliesslich anhand, fakten und regeln',
      fr: 'donc, par consequent, il s ensuit, conclusion*, premisse*, deduire, deduis, doit etre vrai, necessairement',
      es: 'por lo tanto, por consiguiente, se deduce, conclusion*, premisa*, deducir, deduce, debe ser verdad, necesariamente',
      it: 'quindi, pertanto, ne consegue, conclusion*, premess*, dedurre, deduci, deve essere vero, necessariamente',
      pt: 'portanto, por conseguinte, conclusao, premissa*, deduzir, deduza, deve ser verdade, necessariamente',
      nl: 'daarom, dus, bijgevolg, conclusie*, premisse*, afleiden, leid af, moet waar zijn, noodzakelijk',
    },
  },
  {
    id: 'cue:truth-value',
    reason: 'logic-puzzle',
    prior: 1,
    patterns: {
      en: 'true or false, true false or, true false uncertain, true false unknown, or uncertain, or unknown, cannot be determined, is it true that, is the statement, is the conclusion, which statement must',
      de: 'wahr oder falsch, wahr falsch oder, oder unbestimmt, oder unklar, nicht bestimmbar, lasst sich nicht bestimmen, ist es wahr dass, stimmt die aussage, ist die aussage, ist die schlussfolgerung',
      fr: 'vrai ou faux, ou incertain, est il vrai que',
      es: 'verdadero o falso, o incierto, es cierto que',
      it: 'vero o falso, o incerto, e vero che',
      pt: 'verdadeiro ou falso, ou incerto, e verdade que',
      nl: 'waar of onwaar, waar of niet waar, of onbekend, is het waar dat',
    },
  },
  {
    id: 'cue:state-change',
    reason: 'tracking-changes',
    prior: 0.8,
    countCap: 4,
    patterns: {
      en: 'swap*, trade*, traded, exchange*, switch places, switch partners, switches, gives, gave, hands, handed, passes, passed, moves, moved, takes, took, puts, picks up, picked up, drops, dropped, loses, lost, receives, received, afterwards, after that, at the end, at the start of, at the beginning, initially, originally, now has, now holds, ends up, end up, is now, are now, who has, where is the',
      de: 'tausch*, getauscht, wechseln, wechselt, gibt ihm, gibt ihr, gibt sein*, gibt ihre*, gab ihm, gab ihr, ubergibt, reicht, nimmt, nahm, legt, legte, verschiebt, verschoben, bewegt, verliert, verlor, bekommt, bekam, erhalt, erhielt, danach, anschliessend, am ende, am anfang, zu beginn, anfangs, ursprunglich, hat jetzt, hat nun, ist jetzt, ist nun, wer hat, wo ist der, wo ist die, wo ist das',
      fr: 'echange*, donne a, passe a, prend, deplace*, perd, recoit, ensuite, apres cela, a la fin, au debut, maintenant',
      es: 'intercambia*, le da, pasa a, toma, mueve, pierde, recibe, despues de eso, al final, al principio, ahora tiene',
      it: 'scambia*, da a, passa a, prende, sposta, perde, riceve, dopo di che, alla fine, all inizio, ora ha',
      pt: 'troca*, entrega, passa para, pega, move, perde, recebe, depois disso, no final, no inicio, agora tem',
      nl: 'ruil*, wissel*, geeft, pakt, verplaatst, verliest, ontvangt, daarna, aan het eind, aan het begin, heeft nu',
    },
  },
  {
    id: 'cue:ordering',
    reason: 'constraints',
    prior: 0.8,
    countCap: 4,
    patterns: {
      en: 'before, after, earlier than, later than, immediately before, immediately after, directly, consecutive*, adjacent, next to, left of, right of, to the left, to the right, between, first, last, second, third, fourth, fifth, sixth, seventh, order, ordered, ordering, rank*, schedule*, slot*, position*, seated, seat, seats, older than, younger than, taller than, shorter than, faster than, slower than, heavier than, lighter than, higher than, lower than, earlier, later',
      de: 'direkt vor, direkt nach, unmittelbar, vorher, nachher, fruher als, spater als, alter als, junger als, grosser als, kleiner als, schneller als, langsamer als, schwerer als, leichter als, hoher als, links von, rechts von, neben, zwischen, erste*, letzte*, zweite*, dritte*, vierte*, funfte*, reihenfolge, rangfolge, platz, platze, position*, termin*, zeitplan, nebeneinander, hintereinander, sitzt, sitzen',
      fr: 'avant, apres, juste avant, juste apres, a gauche de, a droite de, a cote de, entre, premier, dernier, ordre, classement, horaire, plus age que, plus grand que, plus rapide que',
      es: 'antes de, despues de, justo antes, justo despues, a la izquierda, a la derecha, al lado de, entre, primero, ultimo, orden, horario, mayor que, mas alto que, mas rapido que',
      it: 'prima di, dopo, subito prima, subito dopo, a sinistra, a destra, accanto a, tra, primo, ultimo, ordine, orario, piu vecchio di, piu alto di, piu veloce di',
      pt: 'antes de, depois de, logo antes, logo depois, a esquerda, a direita, ao lado de, entre, primeiro, ultimo, ordem, horario, mais velho que, mais alto que, mais rapido que',
      nl: 'direct voor, direct na, links van, rechts van, naast, tussen, eerste, laatste, volgorde, rooster, ouder dan, groter dan, sneller dan',
    },
  },
  {
    id: 'cue:constraint',
    reason: 'constraints',
    prior: 0.8,
    countCap: 3,
    patterns: {
      en: 'exactly, at least, at most, no more than, no fewer than, must be, must not, cannot be, can not be, can t be, not both, neither, nor, only one, each of, condition*, constraint*, requirement*, rules, must include, selected, assigned, assign*, must also',
      de: 'genau, mindestens, hochstens, nicht mehr als, nicht weniger als, muss, mussen, darf nicht, durfen nicht, kann nicht, konnen nicht, nicht beide, entweder, weder, nur einer, nur eine, jeweils, bedingung*, einschrankung*, regeln, zugeteilt, zugeordnet, ausgewahlt, eingeteilt',
      fr: 'exactement, au moins, au plus, doit etre, ne peut pas, pas les deux, ni, condition*, contrainte*, regles',
      es: 'exactamente, al menos, como maximo, debe ser, no puede, no ambos, ni, condicion*, restriccion*, reglas',
      it: 'esattamente, almeno, al massimo, deve essere, non puo, non entrambi, condizion*, vincol*, regole',
      pt: 'exatamente, pelo menos, no maximo, deve ser, nao pode, nem, condicao, condicoes, restricao, restricoes, regras',
      nl: 'precies, minstens, hoogstens, moet, mag niet, kan niet, niet beide, noch, voorwaarde*, beperking*, regels',
    },
  },
  {
    id: 'cue:instructions',
    reason: 'instructions',
    prior: 0.8,
    countCap: 4,
    patterns: {
      en: 'steps, step forward, steps forward, step backward, steps backward, turn left, turn right, turn around, move forward, walk forward, go forward, always face forward, face forward, facing, turn to face, first, then, next, after that, finally, repeat, follow these, follow the instructions, following instructions, start at, start with, starting point, return to, back to the start, end up, do you return, where do you end',
      de: 'schritt vor, schritte vor, schritt zuruck, schritte zuruck, schritte nach, dreh* dich, links abbiegen, rechts abbiegen, biege* _ ab, gehe, geh, zuerst, dann, danach, anschliessend, schliesslich, zum schluss, wiederhole*, folge den, befolge*, beginne, beginnst, starte, startpunkt, ausgangspunkt, kehre _ zuruck, zuruck zum start, wo landest, wo endest, landest du',
      fr: 'pas en avant, pas en arriere, tourne a gauche, tourne a droite, demi tour, d abord, ensuite, puis, enfin, repete*, suis ces, point de depart',
      es: 'pasos hacia adelante, pasos hacia atras, gira a la izquierda, gira a la derecha, primero, luego, despues, finalmente, repite, sigue estas, punto de partida',
      it: 'passi avanti, passi indietro, gira a sinistra, gira a destra, prima, poi, infine, ripeti, segui queste, punto di partenza',
      pt: 'passos para frente, passos para tras, vire a esquerda, vire a direita, primeiro, depois, finalmente, repita, siga estas, ponto de partida',
      nl: 'stappen vooruit, stappen achteruit, draai linksaf, draai rechtsaf, draai om, eerst, dan, daarna, tenslotte, herhaal, volg deze, beginpunt',
    },
  },
  {
    id: 'cue:argument',
    reason: 'argument-analysis',
    prior: 1.5,
    patterns: {
      en: 'argument*, assumption*, assumes, presuppose*, weaken*, strengthen*, undermine*, flaw*, fallac*, reasoning above, reasoning in, the reasoning, counterargument*, most strongly supported, most strongly supports, logically completes, inference, vulnerable to criticism, justifies, justify the, if true, most helps, helps to explain, helps to resolve, apparent discrepancy, apparent paradox, most accurately expresses, most accurately describes, the statements above, the information above, agree with each other, disagree with each other, disagree about, point at issue, at issue between, main conclusion, conclusion drawn, role played',
      de: 'argument, argumente, argumentation, argumentiert, welche annahme, welcher annahme, die annahme, setzt voraus, schwach* _ argument*, stark* _ argument*, untergrabt, fehlschluss*, trugschluss*, denkfehler, gegenargument*, schlussfolgerung, wenn zutreffend, falls zutreffend, scheinbaren widerspruch, widerspruch auflosen, am besten erklart, am genauesten, die aussagen oben, obigen aussagen, obigen angaben, sind sich _ einig, sind sich _ uneinig, uneinig, uneins, strittig zwischen, hauptschluss',
      fr: 'argument*, hypothese*, affaibli*, renforce*, raisonnement, sophisme*, contre argument',
      es: 'argumento*, suposicion*, supuesto, debilita*, refuerza*, fortalece*, razonamiento, falacia*, contraargumento*',
      it: 'argoment*, presuppost*, indebolisc*, rafforz*, ragionamento, fallacia*, controargoment*',
      pt: 'argumento*, pressupost*, enfraquec*, fortalec*, raciocinio, falacia*, contra argumento',
      nl: 'argument*, aanname*, veronderstelling*, verzwakt, versterkt, drogreden*, redenering, tegenargument*',
    },
  },
  {
    id: 'cue:multi-hop',
    reason: 'multi-hop',
    prior: 0.5,
    patterns: {
      en: 'hypothetically, in theory, theoretically, could _ survive, would _ survive, could _ fit, would _ fit, fit inside, fit in, enough to, at the same time, in one sitting, alive when, alive during, lifetime, when _ was born, before _ was born, after _ died, still alive, would it be possible, would it take, is it possible, likely to, more likely, be able to',
      de: 'hypothetisch, theoretisch, in der theorie, passt _ in, passen _ in, genug um, gleichzeitig, zur selben zeit, zu lebzeiten, am leben als, noch am leben, geboren wurde, gestorben war, ware es moglich, ist es moglich, wahrscheinlich, in der lage',
      fr: 'hypothetiquement, theoriquement, en theorie, en meme temps, de son vivant, serait il possible, est il possible',
      es: 'hipoteticamente, teoricamente, en teoria, al mismo tiempo, en vida de, seria posible, es posible',
      it: 'ipoteticamente, teoricamente, in teoria, allo stesso tempo, in vita, sarebbe possibile, e possibile',
      pt: 'hipoteticamente, teoricamente, em teoria, ao mesmo tempo, em vida, seria possivel, e possivel',
      nl: 'hypothetisch, theoretisch, in theorie, tegelijkertijd, tijdens het leven, zou het mogelijk, is het mogelijk',
    },
  },
  {
    // What links two facts in a yes/no question: a time span ("during", "while … was"), a capacity
    // ("enough", "fit", "afford", "survive"), a comparison ("more than") or whether something suits
    // someone ("suitable for", "eat", "speak"). Common words alone; the cross feature
    // `x:yes-no-linked-facts` uses them only inside a short yes/no question.
    id: 'cue:fact-link',
    reason: 'multi-hop',
    prior: 0.2,
    countCap: 3,
    patterns: {
      en: 'during, while, at the time, in the time of, same era, ever, as a child, in ancient, in medieval, centur*, enough, afford, fit, fits, fit through, handle, carry, lift, survive, outlive, outrun, outnumber, outweigh, rival, all of, the entire, the whole, every episode, in one day, in a day, in one week, in a week, in one year, suitable for, appropriate for, allowed, acceptable, compatible, safe for, eat, drink, speak, read, use, used, useful, more than, less than, fewer than, bigger than, larger than, smaller than, longer than, too, similar to, the same as, related to, unusual, surprised, typical',
      de: 'wahrend, als er, als sie, zur zeit, zu zeiten, zeitgleich, jemals, als kind, im mittelalter, in der antike, jahrhundert*, genug, reicht, reichen, ausreichend, leisten, passt, passen, hineinpassen, tragen, heben, uberleben, uberlebt, uberholen, die ganze, den ganzen, das ganze, an einem tag, in einer woche, in einem jahr, geeignet fur, erlaubt, zulassig, essen, trinken, sprechen, lesen, benutzen, mehr als, weniger als, grosser als, schwerer als, langer als, zu gross, zu klein, zu schwer, ahnlich, ungewohnlich, uberrascht, typisch',
      fr: 'pendant, a l epoque, assez, suffisant*, survivre, tenir dans, rentrer dans, se permettre, adapte a, plus que, moins que, en une journee',
      es: 'durante, en la epoca, suficiente, bastante, sobrevivir, caber, permitirse, adecuado para, mas que, menos que, en un dia',
      it: 'all epoca, abbastanza, sufficiente, sopravvivere, permettersi, adatto a, piu di, meno di, in un giorno',
      pt: 'na epoca, sobreviver, adequado para, mais que, menos que, em um dia',
      nl: 'tijdens, in de tijd, genoeg, voldoende, overleven, passen in, geschikt voor, meer dan, minder dan, op een dag',
    },
  },
];
