import { TrainingHome } from '../features/training/training-home'

export function TrainingRoute() {
  return <TrainingHome />
}
