/**
 * Entities read by hand-written SQL, for the public read paths every shopper's page load takes (the
 * catalog, an event and its ticket types). TypeORM's query builder rebuilds the SQL of a `find` on
 * every call and hydrates through a general transformer: profiled, 1.3-1.7 ms of CPU per statement,
 * the largest share of an uncached catalog query. Here the select list is built once per entity and
 * each row becomes the same entity TypeORM would make (its own per-column conversion included), so
 * callers cannot tell the difference. Statements run prepared (prepared-statements.ts; `readWithRows`
 * can be told not to), so their SQL must be fixed text with values as parameters; TypeORM's query
 * logger (and the tests counting statements) still sees them.
 */
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { queryPrepared } from './prepared-statements';

/**
 * Column types whose value pg already hands over as TypeORM's hydration would leave it (strings,
 * numbers, booleans, Dates): TypeORM's per-value chain of type tests changes nothing for them.
 */
const AS_READ_TYPES = new Set<unknown>([
  'uuid',
  'varchar',
  'character varying',
  'text',
  'char',
  'character',
  'int',
  'integer',
  'int4',
  'smallint',
  'boolean',
  'timestamptz',
  'timestamp with time zone',
  'jsonb',
]);

/**
 * True when TypeORM's hydration of this column is `entity[propertyName] = value`: a plain column
 * (not inside an embedded one, no transformer) of a type pg already converts, or a string enum.
 */
function hydratesAsRead(column: ColumnMetadata): boolean {
  if (column.embeddedMetadata || column.transformer || column.isVirtual || column.isArray) return false;
  if (column.type === 'enum' || column.type === 'simple-enum') {
    // TypeORM turns a value into a number when the enum has that number: never for names.
    return (column.enum ?? []).every((value) => typeof value === 'string' && Number.isNaN(+value));
  }
  return AS_READ_TYPES.has(column.type);
}

export class EntityRows<Entity extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];
  /** Columns copied as read: their result name and entity property. */
  private readonly plainColumns: { name: string; property: string }[];
  /** The others, hydrated through TypeORM's own conversion (embedded venue columns, numerics...). */
  private readonly convertedColumns: ColumnMetadata[];
  /** `"<alias>"."<column>"` for every selectable column, for the SELECT list. */
  readonly selectList: string;

  constructor(
    private readonly dataSource: DataSource,
    /** The entity class; `Entity` may be a Pick of it, with `properties` naming what is read. */
    target: EntityTarget<Entity>,
    /** The table's alias in the statements that use `selectList`. */
    readonly alias: string,
    /**
     * Only these properties' columns are selected and set (default: every column), for a read path
     * that needs few of them: each value left out is one pg does not parse (a Date, for timestamps).
     */
    properties?: readonly (keyof Entity & string)[],
  ) {
    this.metadata = dataSource.getMetadata(target);
    const byName = new Map<string, ColumnMetadata>();
    // A relation's join column may also be declared as a plain column (eventId): one select each.
    for (const column of this.metadata.columns) {
      const wanted = !properties || properties.includes(column.propertyName);
      if (wanted && column.isSelect && !column.isVirtual && !byName.has(column.databaseName)) {
        byName.set(column.databaseName, column);
      }
    }
    this.columns = [...byName.values()];
    const selected = new Set(this.columns.map((column) => column.propertyName));
    const unknown = properties?.filter((name) => !selected.has(name));
    if (unknown?.length) throw new Error(`EntityRows: no column for ${unknown.join(', ')}`);
    this.plainColumns = this.columns
      .filter(hydratesAsRead)
      .map((column) => ({ name: column.databaseName, property: column.propertyName }));
    this.convertedColumns = this.columns.filter((column) => !hydratesAsRead(column));
    this.selectList = this.columns.map((column) => `"${alias}"."${column.databaseName}"`).join(', ');
  }

  /**
   * Runs `sql` (whose SELECT list is `selectList`) and hydrates each row as TypeORM would; `extra`
   * copies what the SELECT list adds beyond the columns onto the entity.
   */
  async read(
    sql: string,
    parameters: unknown[],
    extra?: (entity: Entity, row: Record<string, unknown>) => void,
  ): Promise<Entity[]> {
    const rows = await queryPrepared(this.dataSource, sql, parameters);
    return rows.map((row) => {
      const entity = this.hydrate(row);
      extra?.(entity, row);
      return entity;
    });
  }

  /**
   * As `read`, each entity beside its row, for columns the statement selects besides `selectList`.
   * `prepare: false` for SQL whose text varies with its values (TypeORM's query builder writes a
   * literal LIMIT and one placeholder per listed value).
   */
  async readWithRows(
    sql: string,
    parameters: unknown[],
    { prepare = true }: { prepare?: boolean } = {},
  ): Promise<{ entity: Entity; row: Record<string, unknown> }[]> {
    const rows: Record<string, unknown>[] = prepare
      ? await queryPrepared(this.dataSource, sql, parameters)
      : await this.dataSource.query(sql, parameters);
    return rows.map((row) => ({ entity: this.hydrate(row), row }));
  }

  private hydrate(row: Record<string, unknown>): Entity {
    const entity = this.metadata.create() as Entity;
    const target = entity as Record<string, unknown>;
    for (const { name, property } of this.plainColumns) target[property] = row[name];
    for (const column of this.convertedColumns) {
      column.setEntityValue(
        entity,
        this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column),
      );
    }
    return entity;
  }
}
