import { ClassSummaryScreen } from '../features/training/class-summary-screen'

export function TrainingClassRoute() {
  return <ClassSummaryScreen />
}
