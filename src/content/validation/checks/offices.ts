import type { Check } from '../context';
import type { NoticeDefinition } from '../notice';

export const officesNotices: NoticeDefinition[] = [];

export const checkOffices: Check = () => [];
