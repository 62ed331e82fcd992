package id.netra.settings.store;

import static id.netra.db.schema.Tables.APP_SETTING;

import java.util.Optional;

import id.netra.db.Database;

/** Loose key/value settings (remembered choices, last folders): small strings, no schema churn. */
public final class AppSettingsStore {

    private final Database db;

    public AppSettingsStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key)).fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        db.dsl().mergeInto(APP_SETTING)
                .using(db.dsl().selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    public void remove(String key) {
        db.dsl().deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).execute();
    }
}
