// The course-topic pages' settings (Churn & complaints, Cross-buying & share, Referral & loyalty
// kinds), kept per behaviour dataset in the settings model: stored, undoable, in the workspace
// file. A page binds to these fields as it bound to its own variables.
import { boundGroup } from './settings.svelte';
import { workspace } from './workspace.svelte';

export const courseSettings = boundGroup('course', () => workspace.behaviour()?.id ?? '');
