// The message keys `t` accepts, derived from the English texts of every message module, so a
// misspelt or missing key does not compile. The Chinese texts must have the same keys: the
// checks at the bottom fail to compile (naming the key) when zh lacks a key English has or has
// one English does not. messageKey.test.ts holds the probes that prove both.
import type { MessageModule } from './messageModules';

type Messages = { en: object; zh: object };
/** The `{ en, zh }` exports of one module (a module may export other things too). */
type MessagesOf<M> = M extends unknown ? Extract<M[keyof M], Messages> : never;
type KeysOf<T> = T extends unknown ? keyof T & string : never;
/** Every English key of some modules' exports. */
export type EnglishKeys<Modules> = KeysOf<MessagesOf<Modules>['en']>;
/** Every Chinese key of some modules' exports. */
export type ChineseKeys<Modules> = KeysOf<MessagesOf<Modules>['zh']>;

/** Every key of the merged English dictionary. */
export type MessageKey = EnglishKeys<MessageModule>;

/** The ends of the keys that start with `prefix`: `KeysUnder<'lifecycle.grain.'>` is 'week' | … */
export type KeysUnder<P extends string> = Suffix<MessageKey, P>;
type Suffix<K, P extends string> = K extends `${P}${infer R}` ? R : never;

/** The translator's type, for pure helpers that are handed it (tests pass their own). */
export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

/** Compiles only when given no key: the constraint makes the compiler name the stray key. */
export type NoKeys<K extends never> = K;
export type MissingInChinese = NoKeys<Exclude<MessageKey, ChineseKeys<MessageModule>>>;
export type OnlyInChinese = NoKeys<Exclude<ChineseKeys<MessageModule>, MessageKey>>;
// A module whose English texts are typed `Record<string, string>` would let any key through.
export type KeysAreLiteral = NoKeys<
	string extends MessageKey
		? 'a message module types its English texts as Record<string, string>'
		: never
>;
