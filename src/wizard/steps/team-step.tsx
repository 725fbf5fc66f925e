import { TeamForm, type Draft } from '../draft';
import { ChoiceGroup, NumberField } from '../fields';
import { StepForm } from '../form-kit';
import { GPU_ACCESS, MATURITIES } from '../labels';
import type { StepProps } from '../step-props';

type Values = Draft['team'];

/** What the organisation can run itself: people, operating maturity and GPUs. */
export function TeamStep({ draft, send }: StepProps) {
  return (
    <StepForm<Values>
      schema={TeamForm}
      defaultValues={draft.team}
      onChange={(team) => send({ type: 'draft.update', patch: { team } })}
      onBack={(team) => send({ type: 'step.back', patch: { team } })}
      onNext={(team) => send({ type: 'step.next', patch: { team } })}
    >
      <NumberField
        name="mlEngineers"
        label="ML engineers"
        min={0}
        description="People who can deploy, evaluate and operate models; running open models yourself needs some of them."
      />
      <ChoiceGroup
        name="mlopsMaturity"
        label="MLOps maturity"
        description="How far you already run models in production; self-hosting asks for serving, monitoring and on-call."
        choices={MATURITIES}
      />
      <ChoiceGroup
        name="gpuAccess"
        label="GPU access"
        description="Whether you can get GPUs to serve models on, rented in the cloud or your own."
        choices={GPU_ACCESS}
      />
    </StepForm>
  );
}
