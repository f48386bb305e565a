import { useLiveQuery } from 'dexie-react-hooks'
import { listTrainingExercises, type TrainingExercise } from './training-repo'

// Every hook returns undefined while loading and re-renders when any tab changes the data.
// One file per kind of record, so a screen pulls in only the schemas it shows.

/** The training exercises on this device, newest first. */
export function useTrainingExercises(): TrainingExercise[] | undefined {
  return useLiveQuery(() => listTrainingExercises(), [])
}
