import { OrganisationForm, type Draft } from '../draft';
import { ChoiceGroup, NumberField, SelectField, TextField } from '../fields';
import { StepForm } from '../form-kit';
import { INDUSTRIES, REGIONS, countryChoices } from '../labels';
import type { StepProps } from '../step-props';

type Values = Draft['organization'];

/** Who the organisation is: name, industry, where it works and how many people use its products. */
export function OrganisationStep({ draft, send }: StepProps) {
  return (
    <StepForm<Values>
      schema={OrganisationForm}
      defaultValues={draft.organization}
      onChange={(organization) => send({ type: 'draft.update', patch: { organization } })}
      onBack={(organization) => send({ type: 'step.back', patch: { organization } })}
      onNext={(organization) => send({ type: 'step.next', patch: { organization } })}
    >
      <TextField name="name" label="Organisation name" autoComplete="organization" description="Shown on the report's cover." />
      <SelectField name="industry" label="Industry" choices={INDUSTRIES} placeholder="Choose an industry" />
      <SelectField
        name="country"
        label="Country of your main establishment (optional)"
        choices={countryChoices()}
        placeholder="Not stated"
        description="Why it matters: in-country data residency means this country, and some duties are national law. Leave it unstated if you are not sure."
      />
      <ChoiceGroup
        name="regions"
        label="Regions you operate in"
        description="Where your users and data are; it decides which providers and regions fit."
        choices={REGIONS}
        multiple
      />
      <NumberField
        name="monthlyActiveUsers"
        label="Monthly active users of your products (optional)"
        min={0}
        description="Asked because some model licences change above a threshold: Llama needs a separate licence from Meta above 700 million monthly active users."
      />
    </StepForm>
  );
}
