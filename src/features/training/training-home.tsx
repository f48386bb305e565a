import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { practiceCases } from '#domain/practice/catalogue'
import { usePageTitle } from '../../ui/use-page-title'
import { ExerciseList } from './exercise-list'
import { PracticeCaseList } from './practice-case-list'
import './training.css'

/** Training: practice cases to score, this device's exercises, and the way to a class summary. */
export function TrainingHome() {
  usePageTitle('Training')
  return (
    <section className="page training" aria-labelledby="training-heading">
      <h1 id="training-heading">Training</h1>
      <p>
        Practise scoring on a fictional team. You work through the case’s evidence in the same workspace reviewers use,
        rate each item, and when you have finished you see your scores beside the reference scores and the reasoning
        behind them.
      </p>
      <h2>Practice cases</h2>
      <PracticeCaseList cases={practiceCases} />
      <h2>Your training exercises on this device</h2>
      <ExerciseList />
      <h2>For trainers</h2>
      <p>
        <Link to={paths.trainingClass()}>Class summary</Link>: import your trainees’ exercise files to see how the class
        scored each item against the reference.
      </p>
    </section>
  )
}
