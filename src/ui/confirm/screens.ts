/**
 * Every screen of the confirmation loop behind one dynamic import: asking and receiving, the
 * marks beside entries, organisation mode and the verification desk. One chunk entry instead of
 * five keeps the chunks they share with the viewer whole (each extra entry splits the shared
 * code into more, smaller files, which the viewer's first load pays for).
 */
export { default as DeskScreen } from '../desk/DeskScreen.tsx';
export { default as OrganisationScreen } from '../organisation/OrganisationScreen.tsx';
export { default as AskScreen } from './AskScreen.tsx';
export { default as EntryConfirmations } from './EntryConfirmations.tsx';
export { default as ReceiveScreen } from './ReceiveScreen.tsx';
