import type { Check } from '../context';
import type { NoticeDefinition } from '../notice';

export const languagesNotices: NoticeDefinition[] = [];

export const checkLanguages: Check = () => [];
