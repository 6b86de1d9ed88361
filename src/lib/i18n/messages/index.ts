// All message modules merged into one dictionary per language.
import { messages as core } from './core';
import { satisfactionMessages } from './satisfaction';

type Dict = Record<string, string>;
const modules: { en: Dict; zh: Dict }[] = [core, satisfactionMessages];

export const dictionaries: { en: Dict; zh: Dict } = {
	en: Object.assign({}, ...modules.map((m) => m.en)),
	zh: Object.assign({}, ...modules.map((m) => m.zh))
};
