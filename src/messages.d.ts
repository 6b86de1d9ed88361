// Each interface language's merged messages, made by scripts/messagesPlugin.js.
declare module 'virtual:crm-messages/*' {
	const messages: Record<string, string>;
	export default messages;
}
