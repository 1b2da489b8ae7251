import { REASONING_CUES } from './lexicon-reasoning';
import type { DetectorReason } from './reasons';

/**
 * Hand-written multilingual cue lexicon.
 *
 * The training data is English only, so a German prompt shares almost no word n-grams with it.
 * Every phrase below, whatever its language, fires the same canonical cue feature (e.g. "how many",
 * "wie viele", "combien", "cuántos" all fire `cue:how-many`). The model learns one weight per cue
 * from the English data, and that weight then applies unchanged to the other languages.
 *
 * Pattern syntax (matched against accent-folded, lower-cased words, punctuation removed):
 * - words are separated by single spaces and must match whole words;
 * - `*` at the end of a word matches any word ending ("berechn*" → berechne, berechnen, ...);
 * - `_` skips zero to three arbitrary words ("write _ function" → "write a python function").
 *
 * Since all languages share one matcher, a phrase must not be a common word in another language
 * (e.g. French "qui" alone is a relative pronoun, so only "qui est", "qui a ecrit", ... are listed).
 */
export interface CueDefinition {
  id: string;
  reason: DetectorReason;
  /** Weight used where the training data has no evidence (the training script regularises towards it). */
  prior: number;
  /** Matches counted up to this cap (feature value = count / cap); 1 means "present or not". */
  countCap?: number;
  /** Comma-separated phrases per language. */
  patterns: Readonly<Record<CueLanguage, string>>;
}

export type CueLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';

const BASE_CUES: readonly CueDefinition[] = [
  {
    id: 'cue:calculate',
    reason: 'arithmetic',
    prior: 2,
    patterns: {
      en: 'calculate*, calculating, calculation*, compute, computes, solve, solves, convert, multiply, divide, subtract, add up, simplify, evaluate the expression',
      de: 'berechn*, rechne*, umrechn*, ausrechn*, errechn*, multiplizier*, dividier*, subtrahier*, addier*, vereinfach*',
      fr: 'calcule*, calculer, convertis, multiplie*, divise*, soustrai*, additionne*, simplifie*, combien font, combien fait',
      es: 'calcula*, convierte, multiplica*, divide*, resta, simplifica*, cuanto es, cuanto son',
      it: 'calcola*, converti, moltiplica*, dividi*, sottrai*, semplifica*, quanto fa',
      pt: 'calcule*, converta, multiplique*, divida*, subtraia*, simplifique*, quanto e',
      nl: 'bereken*, reken _ uit, zet _ om, vermenigvuldig*, deel _ door, trek _ af, vereenvoudig*',
    },
  },
  {
    id: 'cue:how-many',
    reason: 'word-problem',
    prior: 0.5,
    patterns: {
      en: 'how many, how much, how long, how far, how old, how fast, what percent*, what fraction',
      de: 'wie viele, wie viel, wieviel*, wie lange, wie weit, wie alt, wie schnell, welcher anteil',
      fr: 'combien, quel pourcentage, quelle fraction',
      es: 'cuantos, cuantas, cuanto, cuanta, que porcentaje',
      it: 'quanti, quante, quanto, quanta, quale percentuale',
      pt: 'quantos, quantas, quanto, quanta, que porcentagem',
      nl: 'hoeveel, hoe lang, hoe ver, hoe oud, hoe snel',
    },
  },
  {
    id: 'cue:quantity-term',
    reason: 'word-problem',
    prior: 0.3,
    patterns: {
      en: 'each, per, in total, altogether, twice, half, times as, more than, less than, fewer, remaining, left over, average, costs, spends, spent, earns, pays, sells, sold, bought, discount, profit',
      de: 'jede*, pro, insgesamt, zusammen, doppelt*, halb*, halfte, drittel, viertel, zweimal, dreimal, mehr als, weniger als, ubrig, verbleib*, durchschnitt*, kostet, kosten, ausgegeben, verdient, bezahlt, zahlt, verkauft, kauft, gekauft, rabatt, gewinn',
      fr: 'chaque, au total, en tout, le double, la moitie, tiers, fois plus, de plus que, de moins que, restant*, moyenne, coute, coutent, depense, gagne, paie, achete, vend, remise, benefice',
      es: 'cada, en total, el doble, la mitad, tercio, veces, mas que, menos que, quedan, le queda, restante*, promedio, cuesta, cuestan, gasta, gana, paga, compra, vende, descuento, ganancia',
      it: 'ogni, ciascun*, in totale, il doppio, la meta, terzo, volte, piu di, meno di, rimast*, costa, costano, spende, guadagna, paga, compra, vende, sconto',
      pt: 'cada, no total, o dobro, metade, terco, vezes, mais que, menos que, restam, sobram, custa, custam, gasta, ganha, paga, compra, vende, desconto, lucro',
      nl: 'elke, ieder*, totaal, dubbel, helft, keer zo, meer dan, minder dan, gemiddeld*, kost, kosten, betaalt, verdient, koopt, kocht, verkoopt, korting, winst',
    },
  },
  {
    id: 'cue:number-word',
    reason: 'word-problem',
    prior: 0,
    countCap: 3,
    patterns: {
      en: 'two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, fifteen, twenty, thirty, forty, fifty, hundred, thousand, dozen',
      de: 'zwei, drei, vier, funf, sechs, sieben, acht, neun, zehn, zwolf, zwanzig, dreissig, vierzig, funfzig, hundert, tausend, dutzend',
      fr: 'deux, trois, quatre, cinq, sept, huit, neuf, dix, douze, vingt, trente, cinquante, cent, mille, douzaine',
      es: 'dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, doce, veinte, treinta, cincuenta, cien, mil, docena',
      it: 'tre, quattro, cinque, sei, sette, otto, nove, dieci, dodici, venti, trenta, cinquanta, cento, mille, dozzina',
      pt: 'dois, duas, quatro, cinco, seis, sete, oito, nove, dez, doze, vinte, trinta, cinquenta, cem, mil, duzia',
      nl: 'twee, drie, vier, vijf, zes, zeven, negen, tien, twaalf, twintig, dertig, veertig, vijftig, honderd, duizend',
    },
  },
  {
    id: 'cue:math-term',
    reason: 'math',
    prior: 1.5,
    patterns: {
      en: 'prime, primes, equation*, solve for, divisible, divisor*, factorial, integral, derivative, differentiate, integrate, probability, square root, cube root, gcd, lcm, greatest common, least common multiple, modulo, remainder, polynomial*, quadratic, logarithm*, fraction*, perimeter, hypotenuse, triangle*, radius, diameter, fibonacci, algebra*, geometry, theorem, permutation*, combinatori*',
      de: 'primzahl*, prim, gleichung*, lose nach, teilbar, teiler, fakultat, integral*, ableitung*, ableiten, wahrscheinlichkeit*, quadratwurzel, wurzel aus, ggt, kgv, grosste* gemeinsame*, kleinste* gemeinsame*, rest, polynom*, quadratisch*, logarithm*, bruch, bruche, umfang, flacheninhalt, hypotenuse, dreieck*, radius, durchmesser, quersumme, algebra*, geometrie, satz des, permutation*, kombinatorik',
      fr: 'nombre premier, nombres premiers, equation*, resous, resoudre, divisible*, diviseur*, factorielle, integrale, derivee, probabilite*, racine carree, pgcd, ppcm, polynome*, logarithme*, perimetre, hypotenuse, diametre, theoreme, algebre, geometrie',
      es: 'numero primo, numeros primos, ecuacion*, resuelve, resolver, divisor*, factorial, derivada, probabilidad*, raiz cuadrada, mcd, mcm, polinomio*, logaritmo*, fraccion*, perimetro, triangulo*, diametro, teorema, geometria',
      it: 'numero primo, numeri primi, equazion*, risolvi, divisibile, fattoriale, integrale, derivata, probabilita, radice quadrata, polinomi*, logaritm*, frazion*, perimetro, triangol*, diametro, teorema, geometria',
      pt: 'numero primo, numeros primos, equacao, equacoes, resolva, divisivel, fatorial, derivada, probabilidade, raiz quadrada, mdc, mmc, polinomio*, logaritmo*, fracao, fracoes, perimetro, triangulo*, diametro, teorema, geometria',
      nl: 'priemgeta*, vergelijking*, los _ op, deelbaar, deler*, faculteit, integraal, afgeleide, kansberekening, wortel, ggd, veelterm*, logaritme*, breuk*, omtrek, driehoek*, straal, stelling van',
    },
  },
  {
    id: 'cue:write-code',
    reason: 'code',
    prior: 3,
    patterns: {
      en: 'write _ function*, write _ program*, write _ script*, write _ method*, write _ class*, write _ quer*, write _ regex*, write _ code, write _ algorithm*, implement*, create _ function*, code that, debug*, refactor*, unit test*, time complexity, this code, my code, the following code, fix _ bug*, bug in',
      de: 'schreib* _ funktion*, schreib* _ programm*, schreib* _ skript*, schreib* _ script*, schreib* _ methode*, schreib* _ klasse*, schreib* _ code, schreib* _ algorithmus, implementier*, programmiere, erstelle _ funktion*, debugge*, laufzeitkomplexitat, zeitkomplexitat, dieser code, diesen code, diesem code, mein code, meinem code, fehler im code',
      fr: 'ecri* _ fonction*, ecri* _ programme*, ecri* _ script*, ecri* _ methode*, ecri* _ classe*, ecri* _ code, ecri* _ algorithme*, implemente*, programme qui, code qui, complexite temporelle',
      es: 'escrib* _ funcion*, escrib* _ programa*, escrib* _ script*, escrib* _ metodo*, escrib* _ clase*, escrib* _ codigo, escrib* _ algoritmo*, implementa*, programa que, codigo que, funcion que, complejidad temporal',
      it: 'scriv* _ funzion*, scriv* _ programm*, scriv* _ script*, scriv* _ metodo*, scriv* _ classe*, scriv* _ codice, scriv* _ algoritmo*, implementa*, funzione che, programma che',
      pt: 'escrev* _ funcao, escrev* _ funcoes, escrev* _ programa*, escrev* _ script*, escrev* _ metodo*, escrev* _ classe*, escrev* _ codigo, escrev* _ algoritmo*, implemente*, funcao que, programa que',
      nl: 'schrijf _ functie*, schrijf _ programma*, schrijf _ script*, schrijf _ methode*, schrijf _ klasse*, schrijf _ code, implementeer*, functie die, programma dat',
    },
  },
  {
    id: 'cue:code-term',
    reason: 'code',
    prior: 0.5,
    patterns: {
      en: 'function*, array*, string*, substring*, tuple*, dictionary, dictionaries, integer*, linked list, binary tree, binary search, recursion, recursive*, regex, regular expression*, algorithm*, sorting, quicksort, merge sort, bubble sort, hash map, hashmap, boolean, list of integers, list of numbers, list of strings, given list, given array, given string, given number',
      de: 'funktion*, zeichenkette*, teilstring*, tupel, worterbuch*, ganzzahl*, verkettete* liste, binarbaum*, binare suche, rekursion, rekursiv*, regulare* ausdr*, algorithmus, algorithmen, sortier*, warteschlange, liste von zahlen, liste von ganzzahlen, gegebene* liste, gegebene* zahl',
      fr: 'fonction*, tableau*, chaine de caracteres, sous chaine, dictionnaire*, entier*, liste chainee, arbre binaire, recherche binaire, recursi*, expression reguliere, algorithme*, trier, liste d entiers, liste de nombres',
      es: 'funcion*, arreglo*, cadena*, subcadena*, tupla*, diccionario*, entero*, lista enlazada, arbol binario, busqueda binaria, recursi*, expresion regular, algoritmo*, ordenar, lista de numeros, lista de enteros',
      it: 'funzion*, stringa*, tupla, dizionario, interi, lista collegata, albero binario, ricerca binaria, ricorsi*, espressione regolare, algoritmo*, ordina, ordinare',
      pt: 'funcao, funcoes, vetor*, tupla, dicionario*, inteiro*, lista ligada, lista encadeada, arvore binaria, busca binaria, recursi*, expressao regular, algoritmo*, ordena*',
      nl: 'functie*, tekenreeks*, woordenboek, geheel getal, gehele getallen, gelinkte lijst, binaire boom, recursie*, recursief, reguliere expressie, algoritme*, sorteer*, lijst van getallen',
    },
  },
  {
    id: 'cue:prove',
    reason: 'proof-or-derivation',
    prior: 3.5,
    patterns: {
      en: 'prove, proves, proof, show that, derive the, derive a, derive an, derivation, demonstrate that, verify that, justify',
      de: 'beweis*, zeig* _ dass, leite _ her, herleit*, begrunde*, weise _ nach',
      fr: 'prouve*, demontre*, montre* _ que, justifie*',
      es: 'demuestra*, demostrar, prueba que, pruebe que, justifica*',
      it: 'dimostra*, prova che, giustifica*',
      pt: 'prove que, demonstre*, mostre que, justifique*',
      nl: 'bewijs*, toon aan, leid _ af, afleid*',
    },
  },
  {
    id: 'cue:logic',
    reason: 'logic-puzzle',
    prior: 3.5,
    patterns: {
      en: 'puzzle*, riddle*, logic*, brain teaser, always lies, always lie, tells the truth, tell the truth, liar*, truth teller*, knights and knaves, knaves, who is lying, deduce',
      de: 'ratsel*, logik*, logisch*, knobel*, denksport*, lugt, lugner*, sagt die wahrheit, folgere*',
      fr: 'enigme*, devinette*, logique*, casse tete, menteur*',
      es: 'acertijo*, adivinanza*, logica*, rompecabezas, miente, mentiroso*',
      it: 'indovinell*, logica*, rompicapo, bugiard*',
      pt: 'charada*, logica*, quebra cabeca, mentiros*',
      nl: 'raadsel*, puzzel*, logica, leugenaar*',
    },
  },
  {
    id: 'cue:step-by-step',
    reason: 'step-by-step',
    prior: 3.5,
    patterns: {
      en: 'step by step, show your work, show your reasoning, explain your reasoning, think carefully, reason carefully, think it through, walk me through, chain of thought',
      de: 'schritt fur schritt, schrittweise, rechenweg, denk* grundlich nach, begrunde deine antwort, erklare deine uberlegung*, lass uns nachdenken',
      fr: 'etape par etape, pas a pas, montre ton raisonnement, montrez votre raisonnement, explique ton raisonnement, reflechis bien',
      es: 'paso a paso, muestra tu razonamiento, explica tu razonamiento, piensa con cuidado',
      it: 'passo dopo passo, passo passo, passo a passo, mostra il tuo ragionamento, ragiona con attenzione',
      pt: 'passo a passo, mostre seu raciocinio, explique seu raciocinio, pense com cuidado',
      nl: 'stap voor stap, laat je berekening zien, denk goed na, leg je redenering uit',
    },
  },
  {
    id: 'cue:plan-analyze',
    reason: 'planning-or-analysis',
    prior: 2,
    patterns: {
      en: 'plan a, plan an, plan my, make a plan, create a plan, itinerary, schedule for, compare and contrast, trade off*, tradeoff*, pros and cons, optimi*, analyze, analyse, design a, design an, strategy for, evaluate whether, what would happen if',
      de: 'plane eine*, plane einen, plane mein*, plan fur, erstelle _ plan, reiseplan, zeitplan, vergleiche*, wage _ ab, vor und nachteile, optimier*, analysier*, entwirf, entwerfe, strategie fur, schatze _ ab, was ware wenn, was passiert wenn',
      fr: 'planifie*, elabore* _ plan, compare*, avantages et inconvenients, optimise*, analyse*, concois, strategie pour, que se passerait il si',
      es: 'planifica*, planea*, compara*, ventajas y desventajas, pros y contras, optimiza*, analiza*, disena*, estrategia para, que pasaria si',
      it: 'pianifica*, organizza*, confronta*, vantaggi e svantaggi, pro e contro, ottimizza*, analizza*, progetta*, strategia per, cosa succederebbe se',
      pt: 'planeje*, planejar, compare, vantagens e desvantagens, pros e contras, otimiz*, analise*, projete, estrategia para, o que aconteceria se',
      nl: 'plan een, maak een plan, vergelijk*, voor en nadelen, optimaliseer*, analyseer*, ontwerp*, strategie voor, wat zou er gebeuren als',
    },
  },
  {
    id: 'cue:who',
    reason: 'short-factual',
    prior: -0.5,
    patterns: {
      en: 'who, whom, whose',
      de: 'wer, wem, wen, wessen',
      fr: 'qui est, qui etait, qui a ete, qui a ecrit, qui a invente, qui a fonde, qui a decouvert, qui a gagne, qui a peint',
      es: 'quien, quienes',
      it: 'chi',
      pt: 'quem',
      nl: 'wie is, wie was, wie heeft, wie schreef',
    },
  },
  {
    id: 'cue:who-made',
    reason: 'short-factual',
    prior: -1,
    patterns: {
      en: 'who wrote, who painted, who invented, who discovered, who founded, who directed, who sang, who sings, who composed, who built, who won, who played, who plays, who created, who designed, who starred',
      de: 'wer schrieb, wer hat _ geschrieben, wer malte, wer hat _ gemalt, wer erfand, wer hat _ erfunden, wer entdeckte, wer hat _ entdeckt, wer grundete, wer hat _ gegrundet, wer gewann, wer hat _ gewonnen, wer spielte, wer singt, wer sang, wer komponierte, wer hat _ komponiert',
      fr: 'qui a ecrit, qui a peint, qui a invente, qui a decouvert, qui a fonde, qui a gagne, qui a compose',
      es: 'quien escribio, quien pinto, quien invento, quien descubrio, quien fundo, quien gano, quien canta',
      it: 'chi ha scritto, chi ha dipinto, chi ha inventato, chi ha scoperto, chi ha fondato, chi ha vinto',
      pt: 'quem escreveu, quem pintou, quem inventou, quem descobriu, quem fundou, quem ganhou',
      nl: 'wie schreef, wie schilderde, wie vond _ uit, wie ontdekte, wie won',
    },
  },
  {
    id: 'cue:when-where',
    reason: 'short-factual',
    prior: -0.5,
    patterns: {
      en: 'when, where, what year, which year, what date, what country, what city',
      de: 'wann, wo, woher, wohin, welchem jahr, welches jahr, welches land, welche stadt',
      fr: 'quand, ou est, ou se trouve, ou se situe, quelle annee, quel pays, quelle ville, d ou',
      es: 'cuando, donde, que ano, que pais, que ciudad',
      it: 'quando, dove, che anno, quale anno, quale paese, quale citta',
      pt: 'quando, onde, que ano, qual pais, qual cidade',
      nl: 'wanneer, waar, welk jaar, welk land, welke stad',
    },
  },
  {
    id: 'cue:which',
    reason: 'short-factual',
    prior: -0.3,
    patterns: {
      en: 'which, what kind of, what type of, name the',
      de: 'welche*, was fur',
      fr: 'quel, quelle, quels, quelles, lequel, laquelle',
      es: 'cual, cuales, que tipo de',
      it: 'quale, quali, che tipo di',
      pt: 'qual, quais, que tipo de',
      nl: 'welke, welk, wat voor',
    },
  },
  {
    id: 'cue:what-is',
    reason: 'definition',
    prior: -0.5,
    patterns: {
      en: 'what is, what are, what s, whats, what was, what were',
      de: 'was ist, was sind, was war, was waren',
      fr: 'qu est ce que, qu est ce qu, c est quoi, quelle est, quel est',
      es: 'que es, que son, que era, cual es',
      it: 'che cos e, cos e, che cosa e, cosa sono, qual e',
      pt: 'o que e, o que sao, qual e',
      nl: 'wat is, wat zijn, wat was, wat waren',
    },
  },
  {
    id: 'cue:define',
    reason: 'definition',
    prior: -1,
    patterns: {
      en: 'define, definition, meaning of, what does _ mean, stand for, stands for, synonym*, antonym*',
      de: 'definiere*, definition, bedeutung, bedeutet, was heisst, steht fur, synonym*',
      fr: 'definis, definissez, definition, signification, signifie, veut dire, synonyme*',
      es: 'define, definicion, significado, significa, sinonimo*',
      it: 'definisci, definizione, significato, significa, sinonimo*',
      pt: 'defina, definicao, significado, significa, sinonimo*',
      nl: 'definieer*, definitie, betekenis, betekent, synoniem*',
    },
  },
  {
    id: 'cue:explain',
    reason: 'explanation',
    prior: -0.3,
    patterns: {
      en: 'why, explain*, describe*, tell me about, how does, how do, how can, how to, what causes, summari*, summary',
      de: 'warum, wieso, weshalb, erklar*, beschreib*, erzahl* mir, wie funktioniert, wie kann, wie macht man, zusammenfass*',
      fr: 'pourquoi, explique*, decri*, parle moi de, comment fonctionne, comment faire, resume*',
      es: 'por que, explica*, describ*, hablame de, como funciona, como puedo, resume*, resumen',
      it: 'perche, spiega*, descrivi*, parlami di, come funziona, riassum*',
      pt: 'por que, explique*, descreva*, fale sobre, como funciona, resuma, resumo',
      nl: 'waarom, leg _ uit, beschrijf*, vertel* over, hoe werkt, samenvat*',
    },
  },
  {
    id: 'cue:list',
    reason: 'list-or-brainstorm',
    prior: -0.5,
    patterns: {
      en: 'list the, list some, list all, list of the, make a list, give me a list, give me some, name some, name a few, name three, name five, suggest*, ideas, brainstorm*, examples of, recommend*, what are some, bulleted list',
      de: 'nenne*, zahle _ auf, liste _ auf, gib mir, ideen, vorschlag*, schlag* _ vor, beispiele fur, empfiehl*, empfehl*',
      fr: 'cite*, enumere*, donne moi, idees, suggere*, propose*, exemples de, recommande*',
      es: 'nombra*, enumera*, dame, ideas, sugiere*, sugerencias, propon*, ejemplos de, recomienda*',
      it: 'elenca*, dammi, idee, suggerisci*, proponi, esempi di, consiglia*',
      pt: 'enumere, me de, ideias, sugira*, sugestoes, proponha, exemplos de, recomende*',
      nl: 'noem*, geef me, ideeen, suggesties, stel _ voor, voorbeelden van, een lijst',
    },
  },
  {
    // The answer is to be found in a text the user gives: reading, not reasoning.
    id: 'cue:find-in-text',
    reason: 'short-factual',
    prior: -0.5,
    patterns: {
      en: 'the following passage, from the following context, from the context, from the passage, in the passage, according to the passage, according to the text, according to the article, based on the passage, based on the text, based on the article, in the text below, in the article, extract the answer, quote the sentence, find the sentence, which sentence',
      de: 'gegeben ist folgender, folgende* absatz, folgende* abschnitt, folgende* textbereich, folgende* text, laut dem text, laut text, laut artikel, aus dem text, im text, im artikel, textstelle, welcher satz, finde _ im text',
      fr: 'selon le texte, d apres le texte, dans le passage, dans le texte',
      es: 'segun el texto, en el texto, en el pasaje',
      it: 'secondo il testo, nel testo, nel brano',
      pt: 'segundo o texto, no texto, na passagem',
      nl: 'volgens de tekst, in de tekst, in de passage',
    },
  },
  {
    id: 'cue:transform-text',
    reason: 'general-quick',
    prior: -1,
    patterns: {
      en: 'summarise, summarize, summary of, translate, translation, title, headline, rewrite, reword, paraphrase, proofread, fix _ spelling, fix _ grammar, correct _ grammar, more formal, more polite, shorten, simpler words, bulleted list, main topic, main idea, what is this text about, which names',
      de: 'fasse _ zusammen, fasse _ text, fasse _ absatz, fasse _ artikel, zusammenfassen, zusammenfassung, ubersetze*, ubersetzung, uberschrift, titel, formuliere _ um, umformulier*, korrigiere*, rechtschreib*, hoflicher, formeller, kurze* _ text, worum geht es, hauptthema, aufzahlung, welche namen',
      fr: 'resume*, traduis, traduire, traduction, titre pour, reformule*, corrige*, plus formel',
      es: 'resume, resumen, traduce, traducir, traduccion, titulo para, reescribe, reformula, corrige, mas formal',
      it: 'riassumi, riassunto, traduci, tradurre, traduzione, titolo per, riscrivi, riformula, correggi',
      pt: 'resuma, resumo, traduza, traduzir, traducao, titulo para, reescreva, reformule, corrija',
      nl: 'vat _ samen, samenvatting, vertaal, vertaling, titel voor, herschrijf, herformuleer, corrigeer',
    },
  },
  {
    id: 'cue:classify',
    reason: 'classification',
    prior: -0.5,
    patterns: {
      en: 'classify, categorize, categorise, which of these, which of the following, identify which, sort these into, tell me whether, tell me if, odd one out',
      de: 'klassifizier*, kategorisier*, ordne _ zu, welche davon, welcher davon, welches davon, welche der folgenden',
      fr: 'classe les, classe ces, classez, classifie*, lequel de, lesquels de, parmi les suivants',
      es: 'clasifica*, categoriza*, cual de, cuales de, de los siguientes',
      it: 'classifica*, categorizza*, quale di, quali di, tra i seguenti',
      pt: 'classifique*, categorize*, qual destes, quais destes, dos seguintes',
      nl: 'classificeer*, categoriseer*, welke van, welk van',
    },
  },
  {
    id: 'cue:creative',
    reason: 'creative-writing',
    prior: -1.5,
    patterns: {
      en: 'poem*, poetry, haiku*, limerick*, sonnet*, story, stories, song, lyrics, letter to, cover letter, write _ letter, email, e mail, greeting*, birthday, congratulat*, toast, slogan*, tweet, joke*, speech, essay, invitation, thank you note',
      de: 'gedicht*, lyrik, sonett*, erzahlung*, marchen, liedtext*, songtext*, einen brief, brief an, e mail, gruss*, grusse, geburtstag*, gluckwunsch*, gratulier*, trinkspruch, witz*, rede, aufsatz, einladung*, danksagung',
      fr: 'poeme*, poesie, chanson*, conte, contes, lettre*, courriel, voeux, anniversaire*, felicit*, blague*, discours, invitation*',
      es: 'poema*, poesia, cancion*, cuento*, carta, cartas, correo, saludo*, cumpleanos, felicit*, brindis, eslogan, chiste*, discurso, ensayo, invitacion*',
      it: 'poesia*, poesie, canzone*, racconto*, lettera*, auguri*, compleanno, congratulazion*, brindisi, barzelletta*, discorso, saggio, invito',
      pt: 'poema*, poesia*, cancao*, conto, contos, carta, cartas, parabens, aniversario*, felicit*, brinde, piada*, discurso, ensaio, convite*',
      nl: 'gedicht*, verhaal*, een brief, verjaardag*, gefeliciteerd, felicit*, toost, grap, grapje, toespraak, opstel, uitnodiging*',
    },
  },
  {
    id: 'cue:chit-chat',
    reason: 'chit-chat',
    prior: -1.5,
    patterns: {
      en: 'hi, hello, hey, thanks, thank you, how are you, good morning, good evening, good night, bye, goodbye, what s up, nice to meet you, who are you, what are you, are you human, are you a human, are you a robot, are you an ai, are you real, are you there, do you speak',
      de: 'hallo, danke, dankeschon, wie geht s, wie geht es dir, wie geht es ihnen, guten morgen, guten tag, guten abend, gute nacht, tschuss, servus, moin, wer bist du, was bist du, bist du ein mensch, bist du eine ki, bist du ein roboter, bist du echt, bist du da, sprichst du',
      fr: 'bonjour, salut, merci, ca va, comment vas tu, comment allez vous, bonsoir, bonne nuit, au revoir',
      es: 'hola, gracias, que tal, como estas, buenos dias, buenas tardes, buenas noches, adios',
      it: 'ciao, grazie, come stai, buongiorno, buonasera, buonanotte, arrivederci',
      pt: 'ola, obrigado, obrigada, tudo bem, como vai, bom dia, boa tarde, boa noite, tchau',
      nl: 'dank je, dank u, bedankt, hoe gaat het, goedemorgen, goedenavond, doei',
    },
  },
  {
    id: 'cue:opinion-advice',
    reason: 'general-quick',
    prior: -0.3,
    patterns: {
      en: 'should i, what do you think, do you think, best way, favorite, favourite, advice, tips, a good idea, worth it, worth buying, worth the money, good for you, bad for you',
      de: 'soll ich, sollte ich, was denkst du, was haltst du, beste*, lieblings*, ratschlag*, tipps, eine gute idee, lohnt sich, lohnt es sich, gesund fur mich',
      fr: 'dois je, que penses tu, meilleur*, prefere*, conseil*',
      es: 'deberia, que opinas, mejor*, favorit*, consejo*',
      it: 'dovrei, cosa pensi, miglior*, preferit*, consigli',
      pt: 'devo, o que voce acha, melhor*, favorit*, conselho*, dicas',
      nl: 'moet ik, wat vind je, favoriet*, advies',
    },
  },
  {
    id: 'cue:date-arithmetic',
    reason: 'arithmetic',
    prior: 1.5,
    patterns: {
      en: 'days before, days after, days from, days later, days ago, weeks before, weeks after, weeks from, weeks later, months after, months before, day of the week, which weekday, what weekday, days between, days are there between, days until, days since, hours after, minutes after, hours later, minutes later, what time will, what time does, what time do, at what time, when does _ end, when does _ finish, how long _ from, how long _ between',
      de: 'tage vor, tage nach, tage spater, wochen nach, wochen vor, welcher wochentag, welchem wochentag, wochentag, tage zwischen, tage bis, wie spat, um wie viel uhr, wann endet, wann ist _ zu ende',
      fr: 'jours avant, jours apres, jours plus tard, quel jour de la semaine, jours entre, a quelle heure, quand se termine',
      es: 'dias antes, dias despues, dias mas tarde, que dia de la semana, dias entre, a que hora, cuando termina',
      it: 'giorni prima, giorni dopo, che giorno della settimana, giorni tra, a che ora, quando finisce',
      pt: 'dias antes, dias depois, que dia da semana, dias entre, a que horas, quando termina',
      nl: 'dagen voor, dagen na, welke dag van de week, dagen tussen, hoe laat, wanneer eindigt',
    },
  },
  {
    id: 'cue:count-items',
    reason: 'word-problem',
    prior: 1.5,
    patterns: {
      en: 'how many of these, how many of them, how many of the following, how many items, how many things, how many pieces, how many animals, how many fruits, how many pets, how many musical, how many words, in this list, in the list, count the, count how many',
      de: 'wie viele davon, wie viele dieser, wie viele der folgenden, wie viele gegenstande, wie viele dinge, wie viele tiere, in dieser liste, in der liste, zahle die, zahle wie viele',
      fr: 'combien de ces, combien d entre, combien parmi, dans cette liste, dans la liste, compte les, compte combien',
      es: 'cuantos de estos, cuantas de estas, cuantos de ellos, en esta lista, en la lista, cuenta los, cuenta las, cuenta cuantos',
      it: 'quanti di questi, quante di queste, in questa lista, nella lista, in questo elenco, conta i, conta le, conta quanti',
      pt: 'quantos destes, quantas destas, nesta lista, na lista, conta os, conta as, conta quantos',
      nl: 'hoeveel van deze, in deze lijst, tel de, tel hoeveel',
    },
  },
];

/** Every cue, in feature order: the base cues above, then the reasoning cues. */
export const CUES: readonly CueDefinition[] = [...BASE_CUES, ...REASONING_CUES];
