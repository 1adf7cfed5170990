import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { QuestionEntity } from './question.entity';

/**
 * A file uploaded for a FILE question (question-files.service.ts). Its bytes live on disk under
 * UPLOADS_DIR as `storageName` (random, never the buyer's name); this row keeps what is known of
 * them. Until an answer references it, it belongs to no booking, and the retention job removes it
 * after a day.
 */
@Entity({ name: 'question_file' })
@Index('question_file_created_idx', ['createdAt'])
export class QuestionFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  /** The file's name under UPLOADS_DIR: 32 random hex characters. */
  @Column({ type: 'varchar', length: 64 })
  storageName: string;

  /** The name the buyer's file had, made safe to show and to send back (question-files.ts). */
  @Column({ type: 'varchar', length: 200 })
  originalName: string;

  /** The type its first bytes say it is (never what the client claimed). */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  /** SHA-256 of the bytes, hex. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
