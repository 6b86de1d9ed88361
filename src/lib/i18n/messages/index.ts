// All message modules merged into one dictionary per language.
import { messages as core } from './core';
import { conceptsMessages } from './concepts';
import { learnMessages } from './learn';
import { satisfactionMessages } from './satisfaction';
import { clvMessages } from './clv';
import { segmentsMessages } from './segments';
import { lifecycleMessages } from './lifecycle';

type Dict = Record<string, string>;
const modules: { en: Dict; zh: Dict }[] = [core, satisfactionMessages, clvMessages, conceptsMessages, learnMessages];

export const dictionaries: { en: Dict; zh: Dict } = {
	en: Object.assign({}, ...modules.map((m) => m.en)),
	zh: Object.assign({}, ...modules.map((m) => m.zh))
};
