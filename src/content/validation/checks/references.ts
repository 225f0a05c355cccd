import type { Check } from '../context';
import type { NoticeDefinition } from '../notice';

export const referencesNotices: NoticeDefinition[] = [];

export const checkReferences: Check = () => [];
