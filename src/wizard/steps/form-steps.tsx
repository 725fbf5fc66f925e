/**
 * The six question steps, with the form library they share (react-hook-form): a chunk of their own, so that the
 * first page (welcome, or a share link's review) does not wait for it. form-steps-loader.ts loads it.
 */
export { OrganisationStep } from './organisation-step';
export { PrioritiesStep } from './priorities-step';
export { RegulationStep } from './regulation-step';
export { TeamStep } from './team-step';
export { UseCasesStep } from './use-cases-step';
export { VolumeStep } from './volume-step';
