import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { TeamInputSchema, type TeamInput } from '#domain/review/team'
import { FormError, SelectField, TextField } from '../../src/ui/form'
import { useZodForm } from '../../src/ui/use-zod-form'

function TeamNameForm({ onSave }: { onSave: (team: TeamInput) => void }) {
  const { register, handleSubmit, formState } = useZodForm(TeamInputSchema, {
    defaultValues: {
      name: '',
      organisation: '',
      serviceType: 'community-recovery',
      locality: '',
      teamLeader: '',
      specialistCount: 0,
      specialistFte: 0,
      notes: '',
    },
  })
  return (
    <form onSubmit={handleSubmit(onSave)} noValidate>
      <TextField label="Team name" error={formState.errors.name?.message} {...register('name')} />
      <TextField
        label="Specialists"
        type="number"
        error={formState.errors.specialistCount?.message}
        {...register('specialistCount', { valueAsNumber: true })}
      />
      <TextField
        label="FTE"
        type="number"
        step="0.1"
        error={formState.errors.specialistFte?.message}
        {...register('specialistFte', { valueAsNumber: true })}
      />
      <SelectField
        label="Service type"
        options={[{ value: 'community-recovery', label: 'Community recovery' }]}
        {...register('serviceType')}
      />
      <FormError message={null} />
      <button type="submit">Save</button>
    </form>
  )
}

describe('form fields', () => {
  it('shows the schema message at the field, marks it invalid, and does not submit', async () => {
    const onSave = vi.fn()
    render(<TeamNameForm onSave={onSave} />)
    await userEvent.clear(screen.getByLabelText('Specialists'))
    await userEvent.type(screen.getByLabelText('Specialists'), '3')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    const name = screen.getByLabelText('Team name')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription('Enter the team name')
    expect(screen.getByLabelText('FTE')).toHaveAccessibleDescription(
      /must be more than 0 when the team has specialists/,
    )
    expect(onSave).not.toHaveBeenCalled()
  })

  it('submits parsed values when they are valid', async () => {
    const onSave = vi.fn()
    render(<TeamNameForm onSave={onSave} />)
    await userEvent.type(screen.getByLabelText('Team name'), '  Eastside CMHT ')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Eastside CMHT', specialistCount: 0 }),
      expect.anything(),
    )
  })
})
