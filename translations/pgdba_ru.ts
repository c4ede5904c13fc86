<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QObject</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>no preflight result</source>
        <translation>нет результата предварительной проверки</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>подключение было закрыто</translation>
    </message>
    <message>
        <source>the server overview query returned no row</source>
        <translation>запрос обзора сервера не вернул ни одной строки</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>advisor::Advice</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Nothing chosen: tick at least one index to create or drop.</source>
        <translation>Ничего не выбрано: отметьте хотя бы один индекс для создания или удаления.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Drop (duplicate)</source>
        <translation>Удалить (дубликат)</translation>
    </message>
    <message>
        <source>Drop (redundant)</source>
        <translation>Удалить (избыточный)</translation>
    </message>
    <message>
        <source>Drop (unused)</source>
        <translation>Удалить (не используется)</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n сканирование</numerusform>
            <numerusform>%n сканирования</numerusform>
            <numerusform>%n сканирований</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Size (est.)</source>
        <translation>Размер (оценка)</translation>
    </message>
    <message>
        <source>Writes/s</source>
        <translation>Записей/с</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Cost saved</source>
        <translation>Экономия стоимости</translation>
    </message>
    <message>
        <source>Query id</source>
        <translation>ID запроса</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Cost before</source>
        <translation>Стоимость до</translation>
    </message>
    <message>
        <source>Cost after</source>
        <translation>Стоимость после</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Duplicate of %1: the same columns, operator classes and predicate.</source>
        <translation>Дубликат %1: те же столбцы, классы операторов и предикат.</translation>
    </message>
    <message>
        <source>Its columns are the leading columns of %1, which serves the same lookups.</source>
        <translation>Его столбцы — начальные столбцы %1, который обслуживает те же поиски.</translation>
    </message>
    <message>
        <source>Never scanned since %1, and no statement of the workload plans to use it.</source>
        <translation>Ни разу не сканировался с %1, и ни один запрос нагрузки не планирует его использовать.</translation>
    </message>
    <message>
        <source>The connection closed while the advisor ran.</source>
        <translation>Соединение закрылось во время работы советника.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет соединения.</translation>
    </message>
    <message>
        <source>The server returned nothing.</source>
        <translation>Сервер ничего не вернул.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in database %1: the advisor reads the workload from it.</source>
        <translation>pg_stat_statements не установлен в базе %1: советник читает нагрузку из него.</translation>
    </message>
    <message>
        <source>CREATE EXTENSION pg_stat_statements;  (with pg_stat_statements in shared_preload_libraries)</source>
        <translation>CREATE EXTENSION pg_stat_statements;  (и pg_stat_statements в shared_preload_libraries)</translation>
    </message>
    <message>
        <source>HypoPG is not installed in database %1: the advisor costs candidate indexes with it instead of building them.</source>
        <translation>HypoPG не установлен в базе %1: советник оценивает с его помощью индексы-кандидаты, не создавая их.</translation>
    </message>
    <message>
        <source>CREATE EXTENSION hypopg;  (in database %1)</source>
        <translation>CREATE EXTENSION hypopg;  (в базе %1)</translation>
    </message>
    <message>
        <source>Install the server package postgresql-%1-hypopg, then CREATE EXTENSION hypopg;</source>
        <translation>Установите на сервер пакет postgresql-%1-hypopg, затем CREATE EXTENSION hypopg;</translation>
    </message>
    <message>
        <source>Planning statement %1 of %2</source>
        <translation>Планирование запроса %1 из %2</translation>
    </message>
    <message>
        <source>EXPLAIN returned nothing</source>
        <translation>EXPLAIN ничего не вернул</translation>
    </message>
    <message>
        <source>Costing candidate %1 of %2 with HypoPG</source>
        <translation>Оценка кандидата %1 из %2 через HypoPG</translation>
    </message>
    <message>
        <source>Checking statement %1 of %2 with the chosen indexes</source>
        <translation>Проверка запроса %1 из %2 с выбранными индексами</translation>
    </message>
    <message>
        <source>Reading existing indexes</source>
        <translation>Чтение существующих индексов</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Slowest statement mean</source>
        <translation>Среднее время самого медленного запроса</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>Connections of max_connections</source>
        <translation>Подключения от max_connections</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Попадания в кэш</translation>
    </message>
    <message>
        <source>Longest open transaction</source>
        <translation>Самая долгая открытая транзакция</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Blocked sessions</source>
        <translation>Заблокированные сеансы</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Отставание репликации</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>Inactive replication slots</source>
        <translation>Неактивные слоты репликации</translation>
    </message>
    <message>
        <source>Transaction ID age (wraparound)</source>
        <translation>Возраст ID транзакций (wraparound)</translation>
    </message>
    <message>
        <source>Critical health checks</source>
        <translation>Критичные проверки состояния</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>сразу</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Slow statements</source>
        <translation>Медленные запросы</translation>
    </message>
    <message>
        <source>Connections near the limit</source>
        <translation>Подключений почти предел</translation>
    </message>
    <message>
        <source>Cache hit ratio low</source>
        <translation>Мало попаданий в кэш</translation>
    </message>
    <message>
        <source>Long transaction</source>
        <translation>Долгая транзакция</translation>
    </message>
    <message>
        <source>Inactive replication slot</source>
        <translation>Неактивный слот репликации</translation>
    </message>
    <message>
        <source>Transaction ID wraparound</source>
        <translation>Переполнение ID транзакций</translation>
    </message>
    <message>
        <source>Health check critical</source>
        <translation>Критичная проверка состояния</translation>
    </message>
    <message>
        <source>Mean time rise after a plan change</source>
        <translation>Рост среднего времени после смены плана</translation>
    </message>
    <message>
        <source>Plan change with a slowdown</source>
        <translation>Смена плана с замедлением</translation>
    </message>
</context>
<context>
    <name>alerts::AlertService</name>
    <message>
        <source>Could not store the alert: %1</source>
        <translation>Не удалось сохранить оповещение: %1</translation>
    </message>
</context>
<context>
    <name>alerts::AlertStore</name>
    <message>
        <source>%1: %2 (over %3)</source>
        <translation>%1: %2 (выше %3)</translation>
    </message>
    <message>
        <source>%1: %2 (under %3)</source>
        <translation>%1: %2 (ниже %3)</translation>
    </message>
    <message>
        <source>The history store is not open.</source>
        <translation>Хранилище истории не открыто.</translation>
    </message>
</context>
<context>
    <name>alerts::AlertsModel</name>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Сработало</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>open, acknowledged</source>
        <translation>открыто, подтверждено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>снято</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>alerts::CommandHook</name>
    <message>
        <source>Alert hook %1: %2 runs still busy, event dropped</source>
        <translation>Обработчик оповещений %1: ещё работают %2 запуска, событие пропущено</translation>
    </message>
    <message>
        <source>Alert hook %1 was stopped or crashed</source>
        <translation>Обработчик оповещений %1 остановлен или аварийно завершился</translation>
    </message>
    <message>
        <source>Alert hook %1 exited with %2</source>
        <translation>Обработчик оповещений %1 завершился с кодом %2</translation>
    </message>
    <message>
        <source>Alert hook %1 could not start: %2</source>
        <translation>Не удалось запустить обработчик оповещений %1: %2</translation>
    </message>
</context>
<context>
    <name>alerts::Rule</name>
    <message>
        <source>%1 over %2</source>
        <translation>%1 выше %2</translation>
    </message>
    <message>
        <source>%1 under %2</source>
        <translation>%1 ниже %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 в течение %2</translation>
    </message>
</context>
<context>
    <name>alerts::RulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Заглушено</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>заглушено</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <source>No claim check (this scenario claims nothing).</source>
        <translation>Проверки захватов нет (этот сценарий ничего не захватывает).</translation>
    </message>
    <message>
        <source>The correctness check could not run: %1</source>
        <translation>Проверка корректности не выполнена: %1</translation>
    </message>
    <message>
        <source>Correct: %1 claims reported, %2 stored, no order claimed twice, no deadlocks.</source>
        <translation>Верно: сообщено захватов %1, сохранено %2, ни один заказ не захвачен дважды, взаимоблокировок нет.</translation>
    </message>
    <message>
        <source>%1 orders claimed more than once</source>
        <translation>заказов, захваченных больше одного раза: %1</translation>
    </message>
    <message>
        <source>%1 claims reported for %2 orders</source>
        <translation>сообщено захватов %1 на %2 заказов</translation>
    </message>
    <message>
        <source>%1 reported claims not in orders</source>
        <translation>сообщённых захватов нет в orders: %1</translation>
    </message>
    <message>
        <source>%1 reported claims without their event</source>
        <translation>сообщённых захватов без события: %1</translation>
    </message>
    <message>
        <source>%1 events nobody reported</source>
        <translation>событий, о которых никто не сообщил: %1</translation>
    </message>
    <message>
        <source>%1 deadlocks</source>
        <translation>взаимоблокировок: %1</translation>
    </message>
    <message>
        <source>FAILED: %1.</source>
        <translation>ОШИБКА: %1.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 мкс</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>List new orders</source>
        <translation>Список новых заказов</translation>
    </message>
    <message>
        <source>List view by status</source>
        <translation>Список по статусу</translation>
    </message>
    <message>
        <source>Get one order</source>
        <translation>Один заказ</translation>
    </message>
    <message>
        <source>Claim (committed)</source>
        <translation>Захват (зафиксирован)</translation>
    </message>
    <message>
        <source>Unsafe claim (committed)</source>
        <translation>Небезопасный захват (зафиксирован)</translation>
    </message>
    <message>
        <source>Claim: order not available</source>
        <translation>Захват: заказ недоступен</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Создание заказа</translation>
    </message>
    <message>
        <source>Courier&apos;s own orders</source>
        <translation>Заказы курьера</translation>
    </message>
    <message>
        <source>Waiting for a pooled connection</source>
        <translation>Ожидание соединения из пула</translation>
    </message>
    <message>
        <source>%1 couriers</source>
        <translation>курьеров: %1</translation>
    </message>
    <message>
        <source>Claim (FOR UPDATE SKIP LOCKED)</source>
        <translation>Захват (FOR UPDATE SKIP LOCKED)</translation>
    </message>
    <message>
        <source>Unsafe claim (no row lock)</source>
        <translation>Небезопасный захват (без блокировки строки)</translation>
    </message>
    <message>
        <source>Mixed (ticket&apos;s proportions)</source>
        <translation>Смешанный (как в заявке)</translation>
    </message>
    <message>
        <source>status = &apos;new&apos; ORDER BY created_at DESC LIMIT 20</source>
        <translation>status = &apos;new&apos; ORDER BY created_at DESC LIMIT 20</translation>
    </message>
    <message>
        <source>The list view for one status at a time, 50 rows, newest first.</source>
        <translation>Список для одного статуса за раз, 50 строк, сначала новые.</translation>
    </message>
    <message>
        <source>One order by id with its latest 20 events.</source>
        <translation>Один заказ по id с его последними 20 событиями.</translation>
    </message>
    <message>
        <source>Couriers list new orders and claim one of the top five: SELECT … FOR UPDATE SKIP LOCKED, UPDATE … SET status = &apos;assigned&apos;, an order_events row. Checked for double claims afterwards.</source>
        <translation>Курьеры получают список новых заказов и захватывают один из первых пяти: SELECT … FOR UPDATE SKIP LOCKED, UPDATE … SET status = &apos;assigned&apos;, строка в order_events. Потом проверяется, нет ли двойных захватов.</translation>
    </message>
    <message>
        <source>A deliberately broken claim (read, then update without a row lock) to show that the check catches double claims.</source>
        <translation>Намеренно неверный захват (чтение, затем обновление без блокировки строки) — показывает, что проверка ловит двойные захваты.</translation>
    </message>
    <message>
        <source>A store inserts an order and its &apos;created&apos; event.</source>
        <translation>Магазин вставляет заказ и его событие &apos;created&apos;.</translation>
    </message>
    <message>
        <source>A courier&apos;s active orders, newest first.</source>
        <translation>Активные заказы курьера, сначала новые.</translation>
    </message>
    <message>
        <source>35% list new, 20% get order, 15% courier&apos;s orders, 15% create, 10% claim, 5% list by status.</source>
        <translation>35% список новых, 20% один заказ, 15% заказы курьера, 15% создание, 10% захват, 5% список по статусу.</translation>
    </message>
</context>
<context>
    <name>bench::ComparisonModel</name>
    <message>
        <source>B handles %1 the requests per second of A</source>
        <translation>B обрабатывает %1 запросов в секунду от A</translation>
    </message>
    <message>
        <source>B is %1 faster than A</source>
        <translation>B быстрее A на %1</translation>
    </message>
    <message>
        <source>B is %1 slower than A</source>
        <translation>B медленнее A на %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>%1 A</source>
        <translation>%1 A</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 B/A</source>
        <translation>%1 B/A</translation>
    </message>
</context>
<context>
    <name>bench::ResultsModel</name>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
</context>
<context>
    <name>bench::Runner</name>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>The preflight query returned nothing.</source>
        <translation>Запрос предварительной проверки ничего не вернул.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has no demo tables (orders, order_events). Create them with: pgdba demo init --dsn … --orders 1000000</source>
        <translation>В базе данных «%1» нет демонстрационных таблиц (orders, order_events). Создайте их командой: pgdba demo init --dsn … --orders 1000000</translation>
    </message>
    <message>
        <source>The connection pool could not open: %1</source>
        <translation>Не удалось открыть пул соединений: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Every new order was claimed after %1 s.</source>
        <translation>Все новые заказы захвачены через %1 с.</translation>
    </message>
    <message>
        <source>Stopped after %1 s.</source>
        <translation>Остановлено через %1 с.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print the server&apos;s sessions (pg_stat_activity), longest-running first. Idle sessions and background processes are left out unless --all.</source>
        <translation>Вывести сеансы сервера (pg_stat_activity), самые долгие первыми. Простаивающие сеансы и фоновые процессы не показываются без --all.</translation>
    </message>
    <message>
        <source>Also show idle sessions and background processes.</source>
        <translation>Показать также простаивающие сеансы и фоновые процессы.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>БАЗА</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>ПРИЛОЖЕНИЕ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>WAIT</source>
        <translation>ОЖИДАНИЕ</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>ДЛИТЕЛЬНОСТЬ</translation>
    </message>
    <message>
        <source>BLOCKED BY</source>
        <translation>БЛОКИРОВАН</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ЗАПРОС</translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown · server time %3 ms</source>
        <translation>показано сеансов: %1 из %2 · время сервера %3 мс</translation>
    </message>
    <message>
        <source>Pool: %1-%2 connections, %3 opened, peak %4 in use; wait p50 %5, p95 %6, p99 %7, max %8</source>
        <translation>Пул: %1–%2 соединений, открыто %3, максимум занято %4; ожидание p50 %5, p95 %6, p99 %7, макс. %8</translation>
    </message>
    <message>
        <source>Claims: %1 claimed, %2 not available (%3 skipped as locked by another courier, %4 already taken), %5 deadlocks</source>
        <translation>Захваты: захвачено %1, недоступно %2 (%3 пропущено — заблокированы другим курьером, %4 уже заняты), взаимоблокировок %5</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Run the ticket&apos;s workload against the demo database: N couriers on a connection pool, latency percentiles per request, and a check that no order was claimed twice.</source>
        <translation>Запустить нагрузку из заявки на демонстрационной базе: N курьеров на пуле соединений, процентили задержки по каждому запросу и проверка, что ни один заказ не захвачен дважды.</translation>
    </message>
    <message>
        <source>One of: %1 (default mixed).</source>
        <translation>Один из: %1 (по умолчанию mixed).</translation>
    </message>
    <message>
        <source>Concurrent couriers (default 32).</source>
        <translation>Одновременных курьеров (по умолчанию 32).</translation>
    </message>
    <message>
        <source>How long, e.g. 30s or 2m (default 30s).</source>
        <translation>Длительность, например 30s или 2m (по умолчанию 30s).</translation>
    </message>
    <message>
        <source>Pool minimum (default 10).</source>
        <translation>Минимум пула (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Pool maximum (default 20).</source>
        <translation>Максимум пула (по умолчанию 20).</translation>
    </message>
    <message>
        <source>A label for the run, e.g. &quot;before 002&quot;.</source>
        <translation>Метка прогона, например &quot;до 002&quot;.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Вывести результат в JSON.</translation>
    </message>
    <message>
        <source>Do not save the run to the history store.</source>
        <translation>Не сохранять прогон в хранилище истории.</translation>
    </message>
    <message>
        <source>History store file (default: pgdba&apos;s own).</source>
        <translation>Файл хранилища истории (по умолчанию — хранилище pgdba).</translation>
    </message>
    <message>
        <source>List the saved runs of this server.</source>
        <translation>Показать сохранённые прогоны этого сервера.</translation>
    </message>
    <message>
        <source>Compare two saved runs: A,B (numbers from --list, run ids, or prev,last).</source>
        <translation>Сравнить два сохранённых прогона: A,B (номера из --list, id прогонов или prev,last).</translation>
    </message>
    <message>
        <source>pgdba bench: history store: %1</source>
        <translation>pgdba bench: хранилище истории: %1</translation>
    </message>
    <message>
        <source>No saved runs for %1.</source>
        <translation>Нет сохранённых прогонов для %1.</translation>
    </message>
    <message>
        <source>pgdba bench: --compare wants two saved runs of %1, e.g. --compare prev,last (see --list).</source>
        <translation>pgdba bench: для --compare нужны два сохранённых прогона %1, например --compare prev,last (см. --list).</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>pgdba bench: unknown scenario &quot;%1&quot;; one of: %2</source>
        <translation>pgdba bench: неизвестный сценарий &quot;%1&quot;; допустимы: %2</translation>
    </message>
    <message>
        <source>pgdba bench: --couriers takes 1 to 1000, --duration a time like 30s or 2m, and the pool needs 0 &lt;= min &lt;= max, max &gt;= 1.</source>
        <translation>pgdba bench: --couriers принимает от 1 до 1000, --duration — время вида 30s или 2m, для пула нужно 0 &lt;= min &lt;= max, max &gt;= 1.</translation>
    </message>
    <message>
        <source>bench: stopping early…</source>
        <translation>bench: досрочная остановка…</translation>
    </message>
    <message>
        <source>bench: %1 s  %2  p95 %3  claimed %4  pool %5 in use, %6 waiting</source>
        <translation>bench: %1 с  %2  p95 %3  захвачено %4  пул: занято %5, ждут %6</translation>
    </message>
    <message>
        <source>pgdba bench: scenario %1, %2 couriers, %3 s, pool %4-%5</source>
        <translation>pgdba bench: сценарий %1, курьеров %2, %3 с, пул %4–%5</translation>
    </message>
    <message>
        <source>Run %1 on %2 (%3, PostgreSQL %4), %5 s</source>
        <translation>Прогон %1 на %2 (%3, PostgreSQL %4), %5 с</translation>
    </message>
    <message>
        <source>Saved to the history store; compare with: pgdba bench --dsn … --compare prev,last</source>
        <translation>Сохранено в хранилище истории; сравнить: pgdba bench --dsn … --compare prev,last</translation>
    </message>
    <message>
        <source>Connection URI or conninfo string; PG* variables, ~/.pgpass and pg_service.conf apply as in psql.</source>
        <translation>URI подключения или строка conninfo; переменные PG*, ~/.pgpass и pg_service.conf действуют как в psql.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing critical; 2 a check is critical; 3 the checks could not run (connection, privilege); 64 bad arguments.</source>
        <translation>Коды выхода: 0 — ничего критического; 2 — есть критическая проверка; 3 — проверки не выполнены (подключение, права); 64 — неверные аргументы.</translation>
    </message>
    <message>
        <source>Exit codes: 0 every session signalled; 1 refused, not permitted or not done; 2 connection error; 64 bad arguments.</source>
        <translation>Коды выхода: 0 — сигнал отправлен всем сеансам; 1 — отказ, нет прав или не выполнено; 2 — ошибка подключения; 64 — неверные аргументы.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 the command ran but failed; 2 connection or server error; 64 bad arguments.</source>
        <translation>Коды выхода: 0 — готово; 1 — команда выполнена, но с ошибкой; 2 — ошибка подключения или сервера; 64 — неверные аргументы.</translation>
    </message>
    <message>
        <source>pgdba %1: unexpected argument &quot;%2&quot; (see --help).</source>
        <translation>pgdba %1: неожиданный аргумент &quot;%2&quot; (см. --help).</translation>
    </message>
    <message>
        <source>Connect and print server facts and round trip</source>
        <translation>Подключиться и вывести сведения о сервере и время отклика</translation>
    </message>
    <message>
        <source>EXPLAIN a query (or read a plan file): annotated tree and findings</source>
        <translation>EXPLAIN запроса (или чтение файла плана): аннотированное дерево и замечания</translation>
    </message>
    <message>
        <source>Demo database: init --orders N (generator) | workload (background load)</source>
        <translation>Демонстрационная база: init --orders N (генератор) | workload (фоновая нагрузка)</translation>
    </message>
    <message>
        <source>The ticket&apos;s workload benchmark: p50/p95/p99 per request, claim check (--json)</source>
        <translation>Нагрузочный тест из заявки: p50/p95/p99 по запросам, проверка захватов (--json)</translation>
    </message>
    <message>
        <source>Print the server&apos;s sessions (pg_stat_activity)</source>
        <translation>Вывести сеансы сервера (pg_stat_activity)</translation>
    </message>
    <message>
        <source>Cancel the running statement of sessions (audited)</source>
        <translation>Отменить выполняемый запрос сеансов (с аудитом)</translation>
    </message>
    <message>
        <source>Terminate sessions, after confirmation (audited)</source>
        <translation>Завершить сеансы после подтверждения (с аудитом)</translation>
    </message>
    <message>
        <source>Print who blocks whom: the lock tree (--json for scripts)</source>
        <translation>Кто кого блокирует: дерево блокировок (--json для скриптов)</translation>
    </message>
    <message>
        <source>Top statements from pg_stat_statements (--sort, --since, --json)</source>
        <translation>Топ запросов из pg_stat_statements (--sort, --since, --json)</translation>
    </message>
    <message>
        <source>Configuration advisor: PGTune formulas vs pg_settings, ALTER SYSTEM script</source>
        <translation>Советник по конфигурации: формулы PGTune против pg_settings, скрипт ALTER SYSTEM</translation>
    </message>
    <message>
        <source>Index migrations: status | up [VERSION] | down VERSION [--yes]</source>
        <translation>Миграции индексов: status | up [ВЕРСИЯ] | down ВЕРСИЯ [--yes]</translation>
    </message>
    <message>
        <source>Health checks with the ticket&apos;s alerts; exit 2 when critical (--json)</source>
        <translation>Проверки состояния с оповещениями из заявки; код 2 при критических (--json)</translation>
    </message>
    <message>
        <source>Record a server headless into the history store (the Dashboard shows it)</source>
        <translation>Записывать сервер без GUI в хранилище истории (её показывает Панель)</translation>
    </message>
    <message>
        <source>Replication: WAL senders, slots, standby, archiving (--json)</source>
        <translation>Репликация: WAL-отправители, слоты, реплика, архивирование (--json)</translation>
    </message>
    <message>
        <source>Vacuum: running maintenance, xmin horizon holders, autovacuum queue, bloat</source>
        <translation>Очистка: идущее обслуживание, держатели горизонта xmin, очередь autovacuum, раздувание</translation>
    </message>
    <message>
        <source>Session history: top waits/queries/users of a window; history incidents (--json)</source>
        <translation>История сеансов: топ ожиданий/запросов/пользователей за окно; history incidents (--json)</translation>
    </message>
    <message>
        <source>Create the demo database of ticket 5 (orders, order_events; migration 001) and fill it with realistic data on the server.</source>
        <translation>Создать демонстрационную базу из заявки 5 (orders, order_events; миграция 001) и заполнить её реалистичными данными на сервере.</translation>
    </message>
    <message>
        <source>How many orders (default 1000000).</source>
        <translation>Сколько заказов (по умолчанию 1000000).</translation>
    </message>
    <message>
        <source>Drop and recreate the demo tables when they already hold data.</source>
        <translation>Удалить и пересоздать демонстрационные таблицы, если в них уже есть данные.</translation>
    </message>
    <message>
        <source>Orders per batch (default 100000).</source>
        <translation>Заказов в пакете (по умолчанию 100000).</translation>
    </message>
    <message>
        <source>Batches in flight at once (default 2).</source>
        <translation>Пакетов одновременно (по умолчанию 2).</translation>
    </message>
    <message>
        <source>Skip the final VACUUM of orders (statistics are gathered either way).</source>
        <translation>Пропустить завершающий VACUUM таблицы orders (статистика собирается в любом случае).</translation>
    </message>
    <message>
        <source>pgdba demo init: --orders, --batch and --connections take positive whole numbers.</source>
        <translation>pgdba demo init: --orders, --batch и --connections принимают целые положительные числа.</translation>
    </message>
    <message>
        <source>demo: %1 / %2 orders (%3%), %4 s</source>
        <translation>demo: %1 / %2 заказов (%3%), %4 с</translation>
    </message>
    <message>
        <source>demo: %1 orders and %2 events (%3 per order) in %4 s</source>
        <translation>demo: %1 заказов и %2 событий (%3 на заказ) за %4 с</translation>
    </message>
    <message>
        <source>demo: by status: %1</source>
        <translation>demo: по статусам: %1</translation>
    </message>
    <message>
        <source>Keep a light, realistic load on the demo database until stopped (SIGTERM or Ctrl+C).</source>
        <translation>Держать лёгкую реалистичную нагрузку на демонстрационной базе до остановки (SIGTERM или Ctrl+C).</translation>
    </message>
    <message>
        <source>Couriers claiming and delivering (default 6).</source>
        <translation>Курьеров, которые захватывают и доставляют заказы (по умолчанию 6).</translation>
    </message>
    <message>
        <source>Time factor: 2 makes every pause half as long (default 1).</source>
        <translation>Коэффициент времени: 2 вдвое сокращает каждую паузу (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Stop by itself after this many seconds (default: run until killed).</source>
        <translation>Остановиться самостоятельно через столько секунд (по умолчанию — работать до остановки).</translation>
    </message>
    <message>
        <source>Print a status line every S seconds (default 30).</source>
        <translation>Выводить строку состояния каждые S секунд (по умолчанию 30).</translation>
    </message>
    <message>
        <source>pgdba demo workload: --couriers, --duration and --status-every take positive whole numbers, --speed a positive number.</source>
        <translation>pgdba demo workload: --couriers, --duration и --status-every принимают целые положительные числа, --speed — положительное число.</translation>
    </message>
    <message>
        <source>workload: signal %1, stopping (open transactions are rolled back)</source>
        <translation>workload: сигнал %1, остановка (открытые транзакции откатываются)</translation>
    </message>
    <message>
        <source>workload: stopped</source>
        <translation>workload: остановлено</translation>
    </message>
    <message>
        <source>Usage: pgdba demo init --dsn DSN [--orders N] [--reset]
       pgdba demo workload --dsn DSN [--couriers N]
(pgdba demo &lt;init|workload&gt; --help for details)</source>
        <translation>Использование: pgdba demo init --dsn DSN [--orders N] [--reset]
               pgdba demo workload --dsn DSN [--couriers N]
(подробнее: pgdba demo &lt;init|workload&gt; --help)</translation>
    </message>
    <message>
        <source>pgdba demo: say init or workload (pgdba demo --help).</source>
        <translation>pgdba demo: укажите init или workload (pgdba demo --help).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>не удалось прочитать стандартный ввод</translation>
    </message>
    <message>
        <source>standard input is larger than %1; plans larger than that are not read.</source>
        <translation>стандартный ввод больше %1; такие большие планы не читаются.</translation>
    </message>
    <message>
        <source>Explain a query on a server, or read a plan from a file (JSON or text format, psql output included), and print the annotated tree and findings.

Exit codes: 0 done; 2 connection or server error; 3 the plan could not be read; 4 refused: under --analyze the statement would have effects a rollback cannot undo (see --allow-side-effects); 64 bad arguments.</source>
        <translation>Выполнить EXPLAIN запроса на сервере или прочитать план из файла (формат JSON или текст, включая вывод psql) и вывести аннотированное дерево и замечания.

Коды выхода: 0 — готово; 2 — ошибка подключения или сервера; 3 — план не удалось прочитать; 4 — отказ: с --analyze запрос имел бы последствия, которые откат не отменит (см. --allow-side-effects); 64 — неверные аргументы.</translation>
    </message>
    <message>
        <source>The statement to explain.</source>
        <translation>Запрос для EXPLAIN.</translation>
    </message>
    <message>
        <source>Read a plan from FILE instead (&quot;-&quot;: standard input).</source>
        <translation>Прочитать план из ФАЙЛА (&quot;-&quot;: стандартный ввод).</translation>
    </message>
    <message>
        <source>Run the statement (EXPLAIN ANALYZE); data changes are rolled back.</source>
        <translation>Выполнить запрос (EXPLAIN ANALYZE); изменения данных откатываются.</translation>
    </message>
    <message>
        <source>Report buffer usage (BUFFERS).</source>
        <translation>Показать использование буферов (BUFFERS).</translation>
    </message>
    <message>
        <source>VERBOSE output.</source>
        <translation>Подробный вывод (VERBOSE).</translation>
    </message>
    <message>
        <source>Report changed planner settings (SETTINGS).</source>
        <translation>Показать изменённые параметры планировщика (SETTINGS).</translation>
    </message>
    <message>
        <source>Report WAL usage (WAL, needs --analyze).</source>
        <translation>Показать использование WAL (WAL, нужен --analyze).</translation>
    </message>
    <message>
        <source>A value for $1, $2, ... (repeat in order).</source>
        <translation>Значение для $1, $2, ... (повторять по порядку).</translation>
    </message>
    <message>
        <source>Statement timeout in milliseconds (default 0: none).</source>
        <translation>Тайм-аут запроса в миллисекундах (по умолчанию 0: нет).</translation>
    </message>
    <message>
        <source>With --analyze, run even a statement that reaches functions whose effects a rollback cannot undo (signals, dblink, sequences, statistics resets, ...). Without it such a statement is refused (exit 4).</source>
        <translation>С --analyze выполнять даже запрос, вызывающий функции, последствия которых откат не отменит (сигналы, dblink, последовательности, сброс статистики, ...). Без этого ключа такой запрос отклоняется (код 4).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Формат вывода: text или json.</translation>
    </message>
    <message>
        <source>Indent the JSON output (default: compact, one line).</source>
        <translation>Форматировать JSON с отступами (по умолчанию — компактно, в одну строку).</translation>
    </message>
    <message>
        <source>pgdba explain: --output must be text or json</source>
        <translation>pgdba explain: --output должен быть text или json</translation>
    </message>
    <message>
        <source>pgdba explain: give either --query SQL (with --dsn) or --input FILE</source>
        <translation>pgdba explain: укажите либо --query SQL (с --dsn), либо --input ФАЙЛ</translation>
    </message>
    <message>
        <source>pgdba explain: --timeout must be a whole number of milliseconds (0: none), not &quot;%1&quot;</source>
        <translation>pgdba explain: --timeout должен быть целым числом миллисекунд (0: нет), а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--threshold: &quot;%1&quot; is not key=number</source>
        <translation>--threshold: &quot;%1&quot; не имеет вида ключ=число</translation>
    </message>
    <message>
        <source>Health of database %1 (PostgreSQL %2): %3 critical, %4 warning, %5 ok</source>
        <translation>Состояние базы %1 (PostgreSQL %2): критических %3, предупреждений %4, в норме %5</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>исправление:</translation>
    </message>
    <message>
        <source>Health checks: unused, duplicate and invalid indexes, sequential scans, cache hit ratio, vacuum, wraparound, long and idle transactions, connections, sequences. Exit code 0: nothing critical; 2: a check is critical; 3: the checks could not run.</source>
        <translation>Проверки состояния: неиспользуемые, дублирующиеся и нерабочие индексы, последовательные сканирования, доля попаданий в кэш, очистка, переполнение счётчика транзакций, длинные и простаивающие транзакции, подключения, последовательности. Код выхода 0: ничего критического; 2: есть критическая проверка; 3: проверки не выполнены.</translation>
    </message>
    <message>
        <source>Print JSON (stable field names).</source>
        <translation>Вывести JSON (стабильные имена полей).</translation>
    </message>
    <message>
        <source>Override a threshold, e.g. seq_scan_warn_pct=5 (repeatable); the others come from the Health page&apos;s settings.</source>
        <translation>Переопределить порог, например seq_scan_warn_pct=5 (можно повторять); остальные берутся из настроек страницы «Состояние».</translation>
    </message>
    <message>
        <source>Print the thresholds in use and exit.</source>
        <translation>Вывести действующие пороги и выйти.</translation>
    </message>
    <message>
        <source>Also print findings that are OK (index usage of every large table).</source>
        <translation>Показать также замечания в норме (использование индексов каждой большой таблицы).</translation>
    </message>
    <message>
        <source>Connect, print server facts and the round trip.</source>
        <translation>Подключиться, вывести сведения о сервере и время отклика.</translation>
    </message>
    <message>
        <source>Every attempt is written to pgdba&apos;s audit log.</source>
        <translation>Каждая попытка записывается в журнал аудита pgdba.</translation>
    </message>
    <message>
        <source>Backend process id(s) to signal.</source>
        <translation>Идентификатор(ы) серверных процессов для сигнала.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Не спрашивать подтверждения.</translation>
    </message>
    <message>
        <source>Terminate the sessions still running the same statement after N seconds (asks for confirmation like terminate).</source>
        <translation>Через N секунд завершить сеансы, всё ещё выполняющие тот же запрос (с подтверждением, как terminate).</translation>
    </message>
    <message>
        <source>pgdba %1: &apos;%2&apos; is not a process id</source>
        <translation>pgdba %1: &apos;%2&apos; — не идентификатор процесса</translation>
    </message>
    <message>
        <source>pgdba %1: give at least one PID (see pgdba activity)</source>
        <translation>pgdba %1: укажите хотя бы один PID (см. pgdba activity)</translation>
    </message>
    <message>
        <source>pgdba cancel: --terminate-after wants a number of seconds</source>
        <translation>pgdba cancel: для --terminate-after нужно число секунд</translation>
    </message>
    <message>
        <source>(no such session)</source>
        <translation>(нет такого сеанса)</translation>
    </message>
    <message>
        <source>pgdba %1: not asking without a terminal; pass --yes to confirm. Nothing was done.</source>
        <translation>pgdba %1: без терминала подтверждение не запрашивается; добавьте --yes. Ничего не сделано.</translation>
    </message>
    <message>
        <source>Cancel, then terminate?</source>
        <translation>Отменить, затем завершить?</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Ничего не сделано.</translation>
    </message>
    <message>
        <source>pgdba: warning: the audit log is not available: %1</source>
        <translation>pgdba: предупреждение: журнал аудита недоступен: %1</translation>
    </message>
    <message>
        <source>pid %1: %2 %3 — %4</source>
        <translation>pid %1: %2 %3 — %4</translation>
    </message>
    <message>
        <source>Top statements from pg_stat_statements: totals since the last reset, or what ran during --since (two samples that far apart; the command waits).</source>
        <translation>Топ запросов из pg_stat_statements: итоги с последнего сброса или то, что выполнялось за --since (два замера с таким интервалом; команда ждёт).</translation>
    </message>
    <message>
        <source>How many statements (default 20).</source>
        <translation>Сколько запросов (по умолчанию 20).</translation>
    </message>
    <message>
        <source>total, mean, calls or io (I/O time, then blocks read).</source>
        <translation>total, mean, calls или io (время ввода-вывода, затем прочитанные блоки).</translation>
    </message>
    <message>
        <source>Measure over this long (e.g. 30s, 5m, 1h): rates and the statements that ran in that time.</source>
        <translation>Измерять в течение (например 30s, 5m, 1h): скорости и запросы, выполнявшиеся за это время.</translation>
    </message>
    <message>
        <source>pgdba statements: --top wants a positive number, not &quot;%1&quot;.</source>
        <translation>pgdba statements: --top требует положительного числа, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>pgdba statements: --sort is one of total, mean, calls, io (not &quot;%1&quot;).</source>
        <translation>pgdba statements: --sort — одно из total, mean, calls, io (не &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>pgdba statements: --since wants a duration like 30s, 5m or 1h (not &quot;%1&quot;).</source>
        <translation>pgdba statements: --since требует длительности вида 30s, 5m или 1h (не &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Sampling for %1 s…</source>
        <translation>Замер в течение %1 с…</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>примечание: </translation>
    </message>
    <message>
        <source>note: the statistics were reset during the measurement; counts start at the reset.</source>
        <translation>примечание: статистика была сброшена во время замера; счёт идёт с момента сброса.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>вызовы</translation>
    </message>
    <message>
        <source>total</source>
        <translation>всего</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>share</source>
        <translation>доля</translation>
    </message>
    <message>
        <source>hit %</source>
        <translation>попад. %</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>вызовов/с</translation>
    </message>
    <message>
        <source>ms/s</source>
        <translation>мс/с</translation>
    </message>
    <message>
        <source>query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>%1 of %2 tracked statements ran in the last %3 s.</source>
        <translation>за последние %3 с выполнялись %1 из %2 отслеживаемых запросов.</translation>
    </message>
    <message>
        <source>%1 statements tracked since the last reset.</source>
        <translation>отслеживается запросов с последнего сброса: %1.</translation>
    </message>
    <message>
        <source>--ram: &quot;%1&quot; is not a memory size between 256MB and 64TB (e.g. 4GB)</source>
        <translation>--ram: &quot;%1&quot; — не объём памяти от 256MB до 64TB (например 4GB)</translation>
    </message>
    <message>
        <source>--cpus: &quot;%1&quot; is not a number of CPUs</source>
        <translation>--cpus: &quot;%1&quot; — не число процессоров</translation>
    </message>
    <message>
        <source>--storage: &quot;%1&quot; is not ssd, hdd or san</source>
        <translation>--storage: &quot;%1&quot; — не ssd, hdd или san</translation>
    </message>
    <message>
        <source>--workload: &quot;%1&quot; is not web, oltp, dw, mixed or desktop</source>
        <translation>--workload: &quot;%1&quot; — не web, oltp, dw, mixed или desktop</translation>
    </message>
    <message>
        <source>--connections: &quot;%1&quot; is not a number of connections</source>
        <translation>--connections: &quot;%1&quot; — не число подключений</translation>
    </message>
    <message>
        <source>--pg-version: &quot;%1&quot; is not a PostgreSQL major version</source>
        <translation>--pg-version: &quot;%1&quot; — не основная версия PostgreSQL</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>параметр</translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущее</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>рекомендуемое</translation>
    </message>
    <message>
        <source>takes effect</source>
        <translation>вступает в силу</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>not on this server</source>
        <translation>нет на этом сервере</translation>
    </message>
    <message>
        <source>PENDING RESTART</source>
        <translation>НУЖЕН ПЕРЕЗАПУСК</translation>
    </message>
    <message>
        <source>change</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>Evidence from the server&apos;s counters:</source>
        <translation>Данные счётчиков сервера:</translation>
    </message>
    <message>
        <source>Configuration advisor: PGTune&apos;s formulas plus the ticket&apos;s observability and autovacuum settings; with --dsn compared with the server&apos;s pg_settings.</source>
        <translation>Советник по конфигурации: формулы PGTune плюс параметры наблюдаемости и autovacuum из заявки; с --dsn — сравнение с pg_settings сервера.</translation>
    </message>
    <message>
        <source>Memory of the server (default 4GB).</source>
        <translation>Память сервера (по умолчанию 4GB).</translation>
    </message>
    <message>
        <source>CPUs (default 2).</source>
        <translation>Процессоров (по умолчанию 2).</translation>
    </message>
    <message>
        <source>ssd, hdd or san (default ssd).</source>
        <translation>ssd, hdd или san (по умолчанию ssd).</translation>
    </message>
    <message>
        <source>web, oltp, dw, mixed or desktop (default web).</source>
        <translation>web, oltp, dw, mixed или desktop (по умолчанию web).</translation>
    </message>
    <message>
        <source>Expected connections (default 100; 0 = PGTune&apos;s default for the workload).</source>
        <translation>Ожидаемое число подключений (по умолчанию 100; 0 — значение PGTune для нагрузки).</translation>
    </message>
    <message>
        <source>PostgreSQL major version (default: the server&apos;s, else 15).</source>
        <translation>Основная версия PostgreSQL (по умолчанию — версия сервера, иначе 15).</translation>
    </message>
    <message>
        <source>table, sql (ALTER SYSTEM script), conf (conf.d snippet) or json.</source>
        <translation>table, sql (скрипт ALTER SYSTEM), conf (фрагмент conf.d) или json.</translation>
    </message>
    <message>
        <source>Scripts include settings that already have the recommended value.</source>
        <translation>Включать в скрипты параметры, уже имеющие рекомендуемое значение.</translation>
    </message>
    <message>
        <source>Run ALTER SYSTEM for the settings that differ, then pg_reload_conf() (needs --dsn and --yes).</source>
        <translation>Выполнить ALTER SYSTEM для отличающихся параметров, затем pg_reload_conf() (нужны --dsn и --yes).</translation>
    </message>
    <message>
        <source>With --apply: only these settings (comma-separated names).</source>
        <translation>С --apply: только эти параметры (имена через запятую).</translation>
    </message>
    <message>
        <source>Confirm --apply.</source>
        <translation>Подтвердить --apply.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not table, sql, conf or json</source>
        <translation>--format: &quot;%1&quot; — не table, sql, conf или json</translation>
    </message>
    <message>
        <source>--apply needs --dsn</source>
        <translation>для --apply нужен --dsn</translation>
    </message>
    <message>
        <source>--only: &quot;%1&quot; is not a recommended setting</source>
        <translation>--only: &quot;%1&quot; — не рекомендуемый параметр</translation>
    </message>
    <message>
        <source>Nothing to change: the server already has every recommended value.</source>
        <translation>Менять нечего: на сервере уже все рекомендуемые значения.</translation>
    </message>
    <message>
        <source>pgdba tune: not applied; add --yes to run these statements.</source>
        <translation>pgdba tune: не применено; добавьте --yes, чтобы выполнить эти команды.</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s)?</source>
        <translation>
            <numerusform>Завершить %n сеанс?</numerusform>
            <numerusform>Завершить %n сеанса?</numerusform>
            <numerusform>Завершить %n сеансов?</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>server:      PostgreSQL %1 (%2)</source>
        <translation>сервер:           PostgreSQL %1 (%2)</translation>
    </message>
    <message>
        <source>connected:   %1</source>
        <translation>подключение:      %1</translation>
    </message>
    <message>
        <source>role:        %1</source>
        <translation>роль:             %1</translation>
    </message>
    <message>
        <source>superuser:   %1</source>
        <translation>суперпользователь: %1</translation>
    </message>
    <message>
        <source>pg_monitor:  %1</source>
        <translation>pg_monitor:       %1</translation>
    </message>
    <message>
        <source>round trip:  %1 ms</source>
        <translation>полный круг:      %1 мс</translation>
    </message>
    <message>
        <source>Reach the server through an SSH tunnel via this host; the DSN&apos;s host is then as the SSH server sees it. The host key must be in ~/.ssh/known_hosts.</source>
        <translation>Подключаться к серверу через SSH-туннель через этот хост; хост из DSN — это сервер базы данных, каким его видит SSH-сервер. Ключ хоста должен быть в ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Private key for --ssh (default: the ssh-agent); its passphrase from PGDBA_SSH_PASSPHRASE.</source>
        <translation>Закрытый ключ для --ssh (по умолчанию — ssh-agent); пароль ключа берётся из PGDBA_SSH_PASSPHRASE.</translation>
    </message>
    <message>
        <source>A jump host in front of --ssh (like ssh -J).</source>
        <translation>Промежуточный хост перед --ssh (как ssh -J).</translation>
    </message>
    <message>
        <source>--ssh-key and --ssh-jump need --ssh user@host.</source>
        <translation>--ssh-key и --ssh-jump требуют --ssh user@host.</translation>
    </message>
    <message>
        <source>pgdba %1: %2</source>
        <translation>pgdba %1: %2</translation>
    </message>
    <message>
        <source>Open and recent alerts (--server, --json); exit code 2 when a critical one is open; alerts ack ID</source>
        <translation>Открытые и недавние оповещения (--server, --json); код выхода 2, если открыто критичное; alerts ack ID</translation>
    </message>
    <message>
        <source>Plan history of a statement: shapes, first/last seen, mean time; --capture (--json)</source>
        <translation>История планов запроса: формы, впервые/последний раз, среднее время; --capture (--json)</translation>
    </message>
    <message>
        <source>A report to hand over: HTML (or PDF) with health, statements, waits, incidents, alerts</source>
        <translation>Отчёт для передачи: HTML (или PDF) с состоянием, запросами, ожиданиями, инцидентами, оповещениями</translation>
    </message>
    <message>
        <source>Saved servers: add NAME --dsn DSN [--group G] | list [--json] | remove NAME</source>
        <translation>Сохранённые серверы: add ИМЯ --dsn DSN [--group ГРУППА] | list [--json] | remove ИМЯ</translation>
    </message>
    <message>
        <source>Every saved server at once: reachable, version, role, sessions, tps (--json)</source>
        <translation>Все сохранённые серверы сразу: доступность, версия, роль, сеансы, TPS (--json)</translation>
    </message>
    <message>
        <source>Index advice for the whole workload: HypoPG-costed indexes to create, and to drop (--json)</source>
        <translation>Советы по индексам для всей нагрузки: индексы для создания (оценка HypoPG) и для удаления (--json)</translation>
    </message>
</context>
<context>
    <name>cli_advise</name>
    <message>
        <source>Index advice for the whole workload of the DSN&apos;s database: candidate indexes from the plans of the top statements of pg_stat_statements, costed with HypoPG (nothing is built), chosen by benefit per MB; and indexes to drop (duplicates, prefixes of another, never used).</source>
        <translation>Советы по индексам для всей нагрузки базы из DSN: индексы-кандидаты из планов самых тяжёлых запросов pg_stat_statements, оценённые через HypoPG (ничего не создаётся) и выбранные по выгоде на МБ; и индексы для удаления (дубликаты, префиксы других, неиспользуемые).</translation>
    </message>
    <message>
        <source>Statements by total time to consider (default 50).</source>
        <translation>Сколько запросов по общему времени рассмотреть (по умолчанию 50).</translation>
    </message>
    <message>
        <source>At most this many new indexes (default 8).</source>
        <translation>Не больше стольких новых индексов (по умолчанию 8).</translation>
    </message>
    <message>
        <source>Write the new indexes as the next migration of DIR (CREATE INDEX CONCURRENTLY, with its down file).</source>
        <translation>Записать новые индексы следующей миграцией в DIR (CREATE INDEX CONCURRENTLY, с файлом отката).</translation>
    </message>
    <message>
        <source>With --write-migration: also the proposed drops.</source>
        <translation>С --write-migration: также предложенные удаления.</translation>
    </message>
    <message>
        <source>History store with auto_explain plans (literal texts): an SQLite file or a PostgreSQL DSN (default: the GUI&apos;s store).</source>
        <translation>Хранилище истории с планами auto_explain (тексты с константами): файл SQLite или DSN PostgreSQL (по умолчанию — хранилище GUI).</translation>
    </message>
    <message>
        <source>Also plan statements that write (INSERT, UPDATE, DELETE, FOR UPDATE): EXPLAIN only, they are never run.</source>
        <translation>Также планировать изменяющие запросы (INSERT, UPDATE, DELETE, FOR UPDATE): только EXPLAIN, они никогда не выполняются.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>pgdba advise: give --dsn, and --top/--max-indexes as positive numbers.</source>
        <translation>pgdba advise: укажите --dsn, а --top/--max-indexes — положительными числами.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Исправление: %1</translation>
    </message>
    <message>
        <source>Database %1: %2 statements, %3 candidate indexes, %4 EXPLAINs in %5 ms (HypoPG %6).</source>
        <translation>База %1: запросов %2, индексов-кандидатов %3, EXPLAIN %4 за %5 мс (HypoPG %6).</translation>
    </message>
    <message>
        <source>No new index would lower the workload&apos;s cost by 1 % or more.</source>
        <translation>Ни один новый индекс не снизит стоимость нагрузки на 1 % или больше.</translation>
    </message>
    <message>
        <source>  about %1; %2 index writes/s</source>
        <translation>  около %1; %2 записей в индекс/с</translation>
    </message>
    <message>
        <source>  %1 calls  cost %2 -&gt; %3  %4</source>
        <translation>  вызовов %1  стоимость %2 -&gt; %3  %4</translation>
    </message>
    <message>
        <source>  used by: %1 calls  %2</source>
        <translation>  используется: вызовов %1  %2</translation>
    </message>
    <message>
        <source>
Workload cost (calls x planner cost): %1 -&gt; %2 (%3 %)</source>
        <translation>
Стоимость нагрузки (вызовы × стоимость плана): %1 -&gt; %2 (%3 %)</translation>
    </message>
    <message>
        <source>Migration written: %1</source>
        <translation>Миграция записана: %1</translation>
    </message>
</context>
<context>
    <name>cli_alerts</name>
    <message>
        <source>[acknowledged by %1 at %2]</source>
        <translation>[подтвердил %1 в %2]</translation>
    </message>
    <message>
        <source>[resolved at %1]</source>
        <translation>[снято в %1]</translation>
    </message>
    <message>
        <source>The alert rules (the same the window edits): print them, import them from a JSON file (an array of rules as --json prints them), or go back to the shipped ones; set the command hook.</source>
        <translation>Правила оповещений (те же, что правятся в окне): вывести, загрузить из файла JSON (массив правил, как печатает --json) или вернуть поставляемые; задать команду-обработчик.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Replace the rules with those of a JSON file.</source>
        <translation>Заменить правила правилами из файла JSON.</translation>
    </message>
    <message>
        <source>Go back to the shipped rules.</source>
        <translation>Вернуть поставляемые правила.</translation>
    </message>
    <message>
        <source>The command run for every alert event, with the alert as JSON on standard input (no shell; empty: none).</source>
        <translation>Команда, запускаемая на каждое событие оповещения; оповещение в JSON на стандартном входе (без оболочки; пусто — нет).</translation>
    </message>
    <message>
        <source>pgdba alerts rules: cannot read %1: %2</source>
        <translation>pgdba alerts rules: не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>pgdba alerts rules: %1 is not a JSON array of rules (%2).</source>
        <translation>pgdba alerts rules: %1 — не массив правил JSON (%2).</translation>
    </message>
    <message>
        <source>pgdba alerts rules: a rule needs an id and a known metric (%1).</source>
        <translation>pgdba alerts rules: у правила должны быть id и известная метрика (%1).</translation>
    </message>
    <message>
        <source>(muted)</source>
        <translation>(заглушено)</translation>
    </message>
    <message>
        <source>No command hook.</source>
        <translation>Команды-обработчика нет.</translation>
    </message>
    <message>
        <source>Command hook: %1</source>
        <translation>Команда-обработчик: %1</translation>
    </message>
    <message>
        <source>Acknowledge an open alert (by its number): it stays open until its condition clears, but is marked as seen, with who and when.</source>
        <translation>Подтвердить открытое оповещение (по номеру): оно остаётся открытым, пока условие не уйдёт, но отмечается как просмотренное — кем и когда.</translation>
    </message>
    <message>
        <source>Open and recent alerts from the alert history (evaluated by the GUI and by `pgdba record`). Exit code 2 when any critical alert is open. `pgdba alerts ack ID` acknowledges one; `pgdba alerts rules` shows or sets the rules.</source>
        <translation>Открытые и недавние оповещения из истории (их проверяют окно и `pgdba record`). Код выхода 2, если открыто хоть одно критичное. `pgdba alerts ack ID` подтверждает оповещение; `pgdba alerts rules` показывает или задаёт правила.</translation>
    </message>
    <message>
        <source>History store: an SQLite file, or a PostgreSQL DSN (default: the GUI&apos;s store).</source>
        <translation>Хранилище истории: файл SQLite или DSN PostgreSQL (по умолчанию — хранилище окна).</translation>
    </message>
    <message>
        <source>The alert&apos;s number (pgdba alerts shows it).</source>
        <translation>Номер оповещения (его показывает pgdba alerts).</translation>
    </message>
    <message>
        <source>Who acknowledges (default: the operating system user).</source>
        <translation>Кто подтверждает (по умолчанию — пользователь ОС).</translation>
    </message>
    <message>
        <source>Only this server: a saved server&apos;s name or host:port as recorded.</source>
        <translation>Только этот сервер: имя сохранённого сервера или host:port, как записано.</translation>
    </message>
    <message>
        <source>Only the server of this connection string.</source>
        <translation>Только сервер этой строки подключения.</translation>
    </message>
    <message>
        <source>Recent alerts since: ISO time or relative (-15m, -2h, -1d); default -24h.</source>
        <translation>Недавние оповещения с момента: время ISO или относительное (-15m, -2h, -1d); по умолчанию -24h.</translation>
    </message>
    <message>
        <source>pgdba alerts: cannot open the history store: %1</source>
        <translation>pgdba alerts: не удалось открыть хранилище истории: %1</translation>
    </message>
    <message>
        <source>pgdba alerts ack: give the alert&apos;s number, e.g. pgdba alerts ack 12.</source>
        <translation>pgdba alerts ack: укажите номер оповещения, например pgdba alerts ack 12.</translation>
    </message>
    <message>
        <source>pgdba alerts ack: there is no alert %1 in %2.</source>
        <translation>pgdba alerts ack: в %2 нет оповещения %1.</translation>
    </message>
    <message>
        <source>Alert %1 was already acknowledged by %2 at %3.</source>
        <translation>Оповещение %1 уже подтвердил %2 в %3.</translation>
    </message>
    <message>
        <source>pgdba alerts ack: %1</source>
        <translation>pgdba alerts ack: %1</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged by %2.</source>
        <translation>Оповещение %1 подтвердил %2.</translation>
    </message>
    <message>
        <source>pgdba alerts: --since takes an ISO time (2026-12-06T03:12:00) or a relative time (-15m, -2h, -1d).</source>
        <translation>pgdba alerts: --since принимает время ISO (2026-12-06T03:12:00) или относительное (-15m, -2h, -1d).</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Открытых оповещений нет.</translation>
    </message>
    <message>
        <source>Open alerts (%1, %2 not acknowledged):</source>
        <translation>Открытые оповещения (%1, не подтверждено %2):</translation>
    </message>
    <message>
        <source>Resolved since %1:</source>
        <translation>Снятые с %1:</translation>
    </message>
</context>
<context>
    <name>cli_fleet</name>
    <message>
        <source>Every saved server at once: reachable (or why not), version, role, active and waiting sessions, transactions per second (two samples a second apart), cache hit, replication lag, health counts and open alerts.
Exit codes: 0 every server reachable; 1 at least one unreachable; 2 a reachable server has a critical health check or a critical open alert; 3 no saved servers; 64 bad usage. 1 wins over 2.</source>
        <translation>Все сохранённые серверы сразу: доступен ли (или почему нет), версия, роль, активные и ожидающие сеансы, транзакции в секунду (две выборки с интервалом в секунду), попадания в кэш, отставание репликации, число проверок здоровья и открытых оповещений.
Коды выхода: 0 все серверы доступны; 1 хотя бы один недоступен; 2 у доступного сервера критическая проверка здоровья или критическое открытое оповещение; 3 нет сохранённых серверов; 64 неверные аргументы. 1 важнее 2.</translation>
    </message>
    <message>
        <source>Print JSON (one object per server).</source>
        <translation>Вывести JSON (по объекту на сервер).</translation>
    </message>
    <message>
        <source>Skip the health checks (faster).</source>
        <translation>Не выполнять проверки здоровья (быстрее).</translation>
    </message>
    <message>
        <source>Give up waiting for slow servers after this many seconds (default 20).</source>
        <translation>Сколько секунд ждать медленные серверы (по умолчанию 20).</translation>
    </message>
    <message>
        <source>pgdba fleet: --timeout takes a number of seconds (at least 1).</source>
        <translation>pgdba fleet: --timeout принимает число секунд (не меньше 1).</translation>
    </message>
    <message>
        <source>pgdba fleet: no saved servers (%1); add one with pgdba server add NAME --dsn DSN.</source>
        <translation>pgdba fleet: нет сохранённых серверов (%1); добавьте сервер командой pgdba server add ИМЯ --dsn DSN.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>нет ответа за %1 с</translation>
    </message>
    <message>
        <source>NAME	GROUP	STATUS	VERSION	ROLE	ACTIVE	WAITING	TPS	CACHE HIT	LAG	HEALTH	ALERTS</source>
        <translation>ИМЯ	ГРУППА	СОСТОЯНИЕ	ВЕРСИЯ	РОЛЬ	АКТИВНЫЕ	ОЖИДАЮТ	TPS	КЭШ	ОТСТАВАНИЕ	ЗДОРОВЬЕ	ОПОВЕЩЕНИЯ</translation>
    </message>
</context>
<context>
    <name>cli_history</name>
    <message>
        <source>Lock incidents of the recorded session history: sessions that waited for a lock at least 1 s, with the root blocker, how long, and how many sessions were blocked.</source>
        <translation>Инциденты блокировок из записанной истории сеансов: сеансы, ждавшие блокировку не меньше 1 с, с корневым блокирующим, длительностью и числом заблокированных сеансов.</translation>
    </message>
    <message>
        <source>Recorded session history (from `pgdba record` or the GUI): the top wait events, queries, users, applications, databases or clients of a window, by average active sessions. `pgdba history incidents` lists the lock incidents.</source>
        <translation>Записанная история сеансов (из `pgdba record` или GUI): топ событий ожидания, запросов, пользователей, приложений, баз данных или клиентов за окно по среднему числу активных сеансов. `pgdba history incidents` выводит инциденты блокировок.</translation>
    </message>
    <message>
        <source>History store: an SQLite file, or a PostgreSQL DSN (default: the GUI&apos;s store).</source>
        <translation>Хранилище истории: файл SQLite или DSN PostgreSQL (по умолчанию — хранилище GUI).</translation>
    </message>
    <message>
        <source>The server as recorded (host:port) or a saved server&apos;s name (default: the only one).</source>
        <translation>Сервер, как он записан (host:port), или имя сохранённого сервера (по умолчанию — единственный).</translation>
    </message>
    <message>
        <source>Start: ISO time or relative (-15m, -2h, -1d); default -1h.</source>
        <translation>Начало: время ISO или относительное (-15m, -2h, -1d); по умолчанию -1h.</translation>
    </message>
    <message>
        <source>End: ISO time, relative, or now (default).</source>
        <translation>Конец: время ISO, относительное или now (по умолчанию).</translation>
    </message>
    <message>
        <source>Group by: wait, query, user, application, database, client or class (default wait).</source>
        <translation>Группировать по: wait, query, user, application, database, client или class (по умолчанию wait).</translation>
    </message>
    <message>
        <source>At most N rows (default 10; 0: all).</source>
        <translation>Не больше N строк (по умолчанию 10; 0 — все).</translation>
    </message>
    <message>
        <source>Read raw samples, minute or hour aggregates (default: chosen by the window).</source>
        <translation>Читать сырые замеры, минутные или часовые агрегаты (по умолчанию — по размеру окна).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>pgdba history: --from and --to take an ISO time (2026-12-06T03:12:00), a relative time (-15m, -2h, -1d) or now, with --from before --to.</source>
        <translation>pgdba history: --from и --to принимают время ISO (2026-12-06T03:12:00), относительное время (-15m, -2h, -1d) или now, причём --from раньше --to.</translation>
    </message>
    <message>
        <source>pgdba history: --by takes wait, query, user, application, database, client or class; --top a number; --level raw, minute or hour.</source>
        <translation>pgdba history: --by принимает wait, query, user, application, database, client или class; --top — число; --level — raw, minute или hour.</translation>
    </message>
    <message>
        <source>pgdba history: cannot open the history store %1: %2</source>
        <translation>pgdba history: не удалось открыть хранилище истории %1: %2</translation>
    </message>
    <message>
        <source>pgdba history: the store %1 holds no session history yet (run pgdba record).</source>
        <translation>pgdba history: в хранилище %1 ещё нет истории сеансов (запустите pgdba record).</translation>
    </message>
    <message>
        <source>pgdba history: give --server; the store holds: %1</source>
        <translation>pgdba history: укажите --server; в хранилище есть: %1</translation>
    </message>
    <message>
        <source>No lock incidents on %1 in this window.</source>
        <translation>За это окно инцидентов блокировок на %1 нет.</translation>
    </message>
    <message>
        <source>%1  %2 s  %3 blocked  root pid %4 (%5) %6  [%7 %8]</source>
        <translation>%1  %2 с  заблокировано %3  корневой pid %4 (%5) %6  [%7 %8]</translation>
    </message>
    <message>
        <source>No active sessions recorded on %1 in this window.</source>
        <translation>За это окно активных сеансов на %1 не записано.</translation>
    </message>
    <message>
        <source>avg active</source>
        <translation>ср. активных</translation>
    </message>
    <message>
        <source>share</source>
        <translation>доля</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>замеры</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>вызовы</translation>
    </message>
    <message>
        <source>mean ms</source>
        <translation>ср. мс</translation>
    </message>
</context>
<context>
    <name>cli_locks</name>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>транзакция %1</translation>
    </message>
    <message>
        <source>blocks %1</source>
        <translation>блокирует %1</translation>
    </message>
    <message>
        <source>blocks %1 (%2 direct)</source>
        <translation>блокирует %1 (%2 напрямую)</translation>
    </message>
    <message>
        <source>ending it frees %1</source>
        <translation>завершение освободит %1</translation>
    </message>
    <message>
        <source>LIKELY CULPRIT: idle in transaction</source>
        <translation>ВЕРОЯТНЫЙ ВИНОВНИК: idle in transaction</translation>
    </message>
    <message>
        <source>wait cycle</source>
        <translation>цикл ожидания</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 для %2</translation>
    </message>
    <message>
        <source>No session is waiting for a lock.</source>
        <translation>Ни один сеанс не ждёт блокировку.</translation>
    </message>
    <message>
        <source>blocked sessions: %1, root blockers: %2, longest chain: %3</source>
        <translation>заблокированных сеансов: %1, корневых блокирующих: %2, самая длинная цепочка: %3</translation>
    </message>
    <message>
        <source>Who blocks whom: the lock tree, rooted at the root blockers.</source>
        <translation>Кто кого блокирует: дерево блокировок от корневых блокирующих.</translation>
    </message>
    <message>
        <source>Print JSON (stable field names).</source>
        <translation>Вывести JSON (стабильные имена полей).</translation>
    </message>
</context>
<context>
    <name>cli_migrate</name>
    <message>
        <source>pgdba migrate baseline: there is no migration %1 in %2.</source>
        <translation>pgdba migrate baseline: миграции %1 нет в %2.</translation>
    </message>
    <message>
        <source>pgdba migrate baseline: %1 is %2, not pending.</source>
        <translation>pgdba migrate baseline: %1 в состоянии %2, а не ожидает применения.</translation>
    </message>
    <message>
        <source>  present: %1</source>
        <translation>  есть: %1</translation>
    </message>
    <message>
        <source>  MISSING: %1</source>
        <translation>  ОТСУТСТВУЕТ: %1</translation>
    </message>
    <message>
        <source>pgdba migrate baseline: %1 is not there as the file says; nothing recorded.</source>
        <translation>pgdba migrate baseline: %1 не соответствует файлу; ничего не записано.</translation>
    </message>
    <message>
        <source>Recorded %1 as applied (baseline: not run, its objects are there).</source>
        <translation>%1 записана как применённая (baseline: не выполнялась, её объекты уже есть).</translation>
    </message>
    <message>
        <source>Apply, roll back and list migrations.

  status            every migration of the folder and its status
  up [VERSION]      preflight, then apply pending migrations (up to VERSION)
  down VERSION      roll back applied migrations from the newest down to VERSION
  baseline VERSION  record VERSION as applied without running it, when what it
                    creates is already there (a schema made outside pgdba)

One run per database at a time: up, down and baseline take the database&apos;s migration run
lock before preflight; a second run says who holds it and exits 3 (or waits: --wait).
Destructive statements (DROP, TRUNCATE, DELETE/UPDATE without WHERE, ALTER ... DROP)
need --yes, as a roll back does.

Exit codes: 0 done (or nothing to do); 1 refused or failed (preflight, verification,
a statement, a missing --yes, a catalog with duplicate versions); 2 connection or server
error; 3 another run holds the lock; 64 bad arguments; 130 interrupted (Ctrl+C: the
running statement is cancelled and what this run built is cleaned up).</source>
        <translation>Применение, откат и список миграций.

  status            все миграции папки и их состояние
  up [ВЕРСИЯ]       предварительная проверка, затем применение ожидающих миграций (до ВЕРСИИ)
  down ВЕРСИЯ       откат применённых миграций от новейшей до ВЕРСИИ
  baseline ВЕРСИЯ   записать ВЕРСИЮ как применённую, не выполняя её, когда то, что она
                    создаёт, уже есть (схема создана вне pgdba)

Один прогон на базу за раз: up, down и baseline берут блокировку прогона миграций
базы до предварительной проверки; второй прогон сообщает, кто её держит, и завершается
с кодом 3 (или ждёт: --wait).
Разрушающие команды (DROP, TRUNCATE, DELETE/UPDATE без WHERE, ALTER ... DROP)
требуют --yes, как и откат.

Коды выхода: 0 — готово (или нечего делать); 1 — отказ или ошибка (предварительная проверка,
верификация, команда, нет --yes, в каталоге повторяются версии); 2 — ошибка подключения
или сервера; 3 — блокировку держит другой прогон; 64 — неверные аргументы; 130 — прервано
(Ctrl+C: выполняемая команда отменяется, а созданное этим прогоном убирается).</translation>
    </message>
    <message>
        <source>Migration folder (default: the built-in one, sql/migrations).</source>
        <translation>Папка миграций (по умолчанию — встроенная, sql/migrations).</translation>
    </message>
    <message>
        <source>Confirm a roll back (down) or destructive statements in up; without it the plan is only printed.</source>
        <translation>Подтвердить откат (down) или разрушающие команды в up; без этого план только выводится.</translation>
    </message>
    <message>
        <source>When another run holds the database&apos;s migration lock, wait for it instead of exiting with code 3.</source>
        <translation>Если блокировку миграций базы держит другой прогон, ждать его, а не выходить с кодом 3.</translation>
    </message>
    <message>
        <source>lock_timeout for the run in ms (default 5000).</source>
        <translation>lock_timeout для прогона в мс (по умолчанию 5000).</translation>
    </message>
    <message>
        <source>Recovery: drop INVALID indexes preflight finds (left by failed builds).</source>
        <translation>Восстановление: удалить найденные проверкой индексы INVALID (оставшиеся от неудачных построений).</translation>
    </message>
    <message>
        <source>Show the demo hot queries&apos; plans before and after.</source>
        <translation>Показать планы «горячих» запросов демо до и после.</translation>
    </message>
    <message>
        <source>status, up, down or baseline</source>
        <translation>status, up, down или baseline</translation>
    </message>
    <message>
        <source>target version</source>
        <translation>целевая версия</translation>
    </message>
    <message>
        <source>pgdba migrate: unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>pgdba migrate: неожиданный аргумент &quot;%1&quot; (см. --help).</translation>
    </message>
    <message>
        <source>pgdba migrate: say status, up [VERSION], down VERSION or baseline VERSION (see --help).</source>
        <translation>pgdba migrate: укажите status, up [ВЕРСИЯ], down ВЕРСИЯ или baseline ВЕРСИЯ (см. --help).</translation>
    </message>
    <message>
        <source>pgdba migrate %1: which version? (pgdba migrate %1 VERSION)</source>
        <translation>pgdba migrate %1: какая версия? (pgdba migrate %1 ВЕРСИЯ)</translation>
    </message>
    <message>
        <source>pgdba migrate: --lock-timeout takes milliseconds, e.g. 5000.</source>
        <translation>pgdba migrate: --lock-timeout принимает миллисекунды, например 5000.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>pgdba migrate: no migrations in %1.</source>
        <translation>pgdba migrate: в %1 нет миграций.</translation>
    </message>
    <message>
        <source>pgdba migrate %1: the migration folder has errors (listed above); nothing was run.</source>
        <translation>pgdba migrate %1: в папке миграций есть ошибки (перечислены выше); ничего не выполнено.</translation>
    </message>
    <message>
        <source>a session that just ended</source>
        <translation>только что завершившийся сеанс</translation>
    </message>
    <message>
        <source>pgdba migrate: another migration run holds this database&apos;s lock: %1. Nothing was run (--wait waits for it).</source>
        <translation>pgdba migrate: блокировку миграций этой базы держит другой прогон: %1. Ничего не выполнено (--wait дождётся его).</translation>
    </message>
    <message>
        <source>Waiting for the migration run of %1 to finish ...</source>
        <translation>Ожидание завершения прогона миграций %1 ...</translation>
    </message>
    <message>
        <source>could not take the migration run lock</source>
        <translation>не удалось взять блокировку прогона миграций</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>План: %1</translation>
    </message>
    <message>
        <source>Dropping INVALID index %1 ...</source>
        <translation>Удаление индекса INVALID %1 ...</translation>
    </message>
    <message>
        <source>could not drop %1: %2</source>
        <translation>не удалось удалить %1: %2</translation>
    </message>
    <message>
        <source>Preflight again after the recovery:</source>
        <translation>Повторная предварительная проверка после восстановления:</translation>
    </message>
    <message>
        <source>Preflight failed: nothing was run.%1</source>
        <translation>Предварительная проверка не пройдена: ничего не выполнено.%1</translation>
    </message>
    <message>
        <source> (--drop-invalid drops the INVALID indexes listed)</source>
        <translation> (--drop-invalid удалит перечисленные индексы INVALID)</translation>
    </message>
    <message>
        <source>This rolls back %1. Re-run with --yes to do it.</source>
        <translation>Будет откачена %1. Запустите снова с --yes, чтобы выполнить.</translation>
    </message>
    <message>
        <source>The plan has destructive statements (the warnings above say what they destroy). Re-run with --yes to apply it.</source>
        <translation>В плане есть разрушающие команды (что они уничтожат, сказано в предупреждениях выше). Запустите снова с --yes, чтобы применить.</translation>
    </message>
    <message>
        <source>warning: no progress connection (%1); running without progress lines</source>
        <translation>предупреждение: нет соединения для хода выполнения (%1); работа без строк хода</translation>
    </message>
    <message>
        <source>Interrupted: cancelling the running statement and cleaning up what this run built ...</source>
        <translation>Прервано: выполняемая команда отменяется, созданное этим прогоном убирается ...</translation>
    </message>
    <message>
        <source>Stopped by the interrupt.%1</source>
        <translation>Остановлено прерыванием.%1</translation>
    </message>
    <message>
        <source> Dropped: %1.</source>
        <translation> Удалено: %1.</translation>
    </message>
    <message>
        <source>Database %1 as %2; migrations from %3</source>
        <translation>База %1 как %2; миграции из %3</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>ВЕРСИЯ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>APPLIED AT</source>
        <translation>ПРИМЕНЕНА</translation>
    </message>
    <message>
        <source>APPLIED BY</source>
        <translation>КЕМ ПРИМЕНЕНА</translation>
    </message>
    <message>
        <source>(no version table public.pgdba_migrations yet: nothing was applied with pgdba)</source>
        <translation>(таблицы версий public.pgdba_migrations ещё нет: с помощью pgdba ничего не применялось)</translation>
    </message>
    <message>
        <source>alembic_version: %1</source>
        <translation>alembic_version: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>index %1 is being built by pid %2</source>
        <translation>индекс %1 строится процессом pid %2</translation>
    </message>
    <message>
        <source>INVALID index %1 on %2 (a failed build; `up` preflight offers to drop it)</source>
        <translation>индекс INVALID %1 на %2 (неудачное построение; проверка `up` предложит его удалить)</translation>
    </message>
    <message>
        <source>Preflight: %1 pass, %2 info, %3 warn, %4 fail</source>
        <translation>Предварительная проверка: пройдено %1, инфо %2, предупр. %3, ошибок %4</translation>
    </message>
    <message>
        <source>Hot queries, before → after:</source>
        <translation>«Горячие» запросы, до → после:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>  cleaned up INVALID index %1</source>
        <translation>  убран индекс INVALID %1</translation>
    </message>
    <message>
        <source>pgdba migrate: %1</source>
        <translation>pgdba migrate: %1</translation>
    </message>
</context>
<context>
    <name>cli_plans</name>
    <message>
        <source>Plan history of one statement: every plan shape seen (fingerprint, first and last seen, how often, the statement&apos;s mean time meanwhile). --capture captures its generic plan now, without running it.</source>
        <translation>История планов одного запроса: каждая встреченная форма плана (отпечаток, когда впервые и последний раз, сколько раз, среднее время запроса за это время). --capture снимает его общий план сейчас, не выполняя запрос.</translation>
    </message>
    <message>
        <source>The statement&apos;s query id (pg_stat_statements).</source>
        <translation>Идентификатор запроса (queryid из pg_stat_statements).</translation>
    </message>
    <message>
        <source>Capture the statement&apos;s generic plan now and store it.</source>
        <translation>Снять общий план запроса сейчас и сохранить его.</translation>
    </message>
    <message>
        <source>With --capture: also a statement that writes (it is only planned, never run).</source>
        <translation>С --capture: также запрос, который пишет (он только планируется, но не выполняется).</translation>
    </message>
    <message>
        <source>History store: an SQLite file, or a PostgreSQL DSN (default: the GUI&apos;s store).</source>
        <translation>Хранилище истории: файл SQLite или DSN PostgreSQL (по умолчанию — хранилище GUI).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>pgdba plans: give --dsn and --queryid (a number from pgdba statements --json).</source>
        <translation>pgdba plans: укажите --dsn и --queryid (число из pgdba statements --json).</translation>
    </message>
    <message>
        <source>pgdba plans: cannot open the history store: %1</source>
        <translation>pgdba plans: не удалось открыть хранилище истории: %1</translation>
    </message>
    <message>
        <source>pgdba plans: %1</source>
        <translation>pgdba plans: %1</translation>
    </message>
    <message>
        <source>pgdba plans: not captured: %1</source>
        <translation>pgdba plans: план не снят: %1</translation>
    </message>
    <message>
        <source>Captured %1 (%2): %3</source>
        <translation>Снят %1 (%2): %3</translation>
    </message>
    <message>
        <source>No plans of query id %1 stored for %2 yet (pgdba plans --capture, or pgdba record).</source>
        <translation>Планов запроса %1 для %2 пока нет (pgdba plans --capture или pgdba record).</translation>
    </message>
    <message>
        <source>%1  first %2  last %3  seen %4  mean %5
    %6</source>
        <translation>%1  впервые %2  последний %3  раз %4  среднее %5
    %6</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
</context>
<context>
    <name>cli_record</name>
    <message>
        <source>Record a server headless: server statistics and activity every interval, pg_stat_statements every 10 s, into the history store the GUI reads (its Dashboard shows what was recorded). Logs a line a minute, reconnects when the server goes away, stops on SIGTERM/SIGINT.
Exit codes: 0 stopped, 2 bad DSN or unknown server name, 3 another recorder holds the store for this server, 4 the store cannot be opened.</source>
        <translation>Записывать сервер без GUI: статистику сервера и активность каждый интервал, pg_stat_statements каждые 10 с — в хранилище истории, которое читает GUI (его Панель показывает записанное). Пишет в журнал строку в минуту, переподключается, когда сервер пропадает, останавливается по SIGTERM/SIGINT.
Коды выхода: 0 — остановлено, 2 — неверный DSN или неизвестное имя сервера, 3 — хранилище для этого сервера держит другой регистратор, 4 — хранилище не открывается.</translation>
    </message>
    <message>
        <source>History store: an SQLite file, or a PostgreSQL DSN (default: the GUI&apos;s store).</source>
        <translation>Хранилище истории: файл SQLite или DSN PostgreSQL (по умолчанию — хранилище GUI).</translation>
    </message>
    <message>
        <source>Sampling interval, e.g. 1s, 500ms, 5s (default 1s).</source>
        <translation>Интервал замеров, например 1s, 500ms, 5s (по умолчанию 1s).</translation>
    </message>
    <message>
        <source>pg_stat_statements interval (default 10s; 0 turns it off).</source>
        <translation>Интервал pg_stat_statements (по умолчанию 10s; 0 отключает).</translation>
    </message>
    <message>
        <source>Session history (Timeline, pgdba history) interval, 500ms to 10s (default 1s; 0 turns it off).</source>
        <translation>Интервал истории сеансов (Хронология, pgdba history), от 500ms до 10s (по умолчанию 1s; 0 отключает).</translation>
    </message>
    <message>
        <source>The name to record the server under in the store (default host:port, as the GUI names it); for a team store that several servers share under one address.</source>
        <translation>Имя, под которым сервер записывается в хранилище (по умолчанию host:port, как его называет GUI); для общего хранилища команды, где несколько серверов за одним адресом.</translation>
    </message>
    <message>
        <source>Stop after this long, e.g. 20s, 2h (default: until stopped).</source>
        <translation>Остановиться через это время, например 20s, 2h (по умолчанию — до остановки).</translation>
    </message>
    <message>
        <source>A saved server (its name in the server list): its connection, unless --dsn is given, and its name in the log.</source>
        <translation>Сохранённый сервер (его имя в списке серверов): его подключение, если не задан --dsn, и его имя в журнале.</translation>
    </message>
    <message>
        <source>pgdba record: --sessions-interval takes 0 (off) or a time from 500ms to 10s.</source>
        <translation>pgdba record: --sessions-interval принимает 0 (выкл.) или время от 500ms до 10s.</translation>
    </message>
    <message>
        <source>pgdba record: --interval (at least 100ms), --statements-interval and --duration take a time such as 500ms, 1s, 5m or 2h.</source>
        <translation>pgdba record: --interval (не меньше 100ms), --statements-interval и --duration принимают время вида 500ms, 1s, 5m или 2h.</translation>
    </message>
    <message>
        <source>pgdba record: no saved server is called &quot;%1&quot; (%2).</source>
        <translation>pgdba record: нет сохранённого сервера с именем &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>pgdba record: give --dsn DSN or --name SERVER (a saved server).</source>
        <translation>pgdba record: укажите --dsn DSN или --name СЕРВЕР (сохранённый сервер).</translation>
    </message>
    <message>
        <source>pgdba record: cannot open the history store %1: %2</source>
        <translation>pgdba record: не удалось открыть хранилище истории %1: %2</translation>
    </message>
    <message>
        <source>Alert rules: how often their metrics are read (default 10s; 0 turns alerts off).</source>
        <translation>Правила оповещений: как часто читать их метрики (по умолчанию 10s; 0 отключает оповещения).</translation>
    </message>
    <message>
        <source>pgdba record: --alerts-interval takes 0 (off) or a time of at least 100ms.</source>
        <translation>pgdba record: --alerts-interval принимает 0 (выключено) или время не меньше 100ms.</translation>
    </message>
    <message>
        <source>Record every saved server (pgdba server list), one recorder each, into one store.</source>
        <translation>Записывать все сохранённые серверы (pgdba server list), по записывающему процессу на сервер, в одно хранилище.</translation>
    </message>
    <message>
        <source>pgdba record: --all records every saved server; it takes no --dsn, --name or --server-key.</source>
        <translation>pgdba record: --all записывает все сохранённые серверы; --dsn, --name и --server-key с ним не используются.</translation>
    </message>
    <message>
        <source>pgdba record: --all, but no server is saved (%1).</source>
        <translation>pgdba record: указан --all, но сохранённых серверов нет (%1).</translation>
    </message>
</context>
<context>
    <name>cli_replication</name>
    <message>
        <source>Standby, replayed up to %1</source>
        <translation>Реплика, воспроизведено до %1</translation>
    </message>
    <message>
        <source>Primary, WAL at %1</source>
        <translation>Ведущий, WAL на %1</translation>
    </message>
    <message>
        <source>  receiver: %1 from %2 (slot %3), received %4</source>
        <translation>  приёмник: %1 от %2 (слот %3), получено %4</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>не работает</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>  replay: %1 behind, %2 received but not replayed%3</source>
        <translation>  воспроизведение: отставание %1, получено, но не воспроизведено %2%3</translation>
    </message>
    <message>
        <source> · REPLAY PAUSED</source>
        <translation> · ВОСПРОИЗВЕДЕНИЕ ПРИОСТАНОВЛЕНО</translation>
    </message>
    <message>
        <source>  recovery conflicts (queries cancelled): %1</source>
        <translation>  конфликты восстановления (отменённые запросы): %1</translation>
    </message>
    <message>
        <source>WAL senders: %1</source>
        <translation>WAL-отправители: %1</translation>
    </message>
    <message>
        <source>  %1 (%2, pid %3) %4 %5: sent %6, replayed %7, lag %8 / %9</source>
        <translation>  %1 (%2, pid %3) %4 %5: отправлено %6, воспроизведено %7, отставание %8 / %9</translation>
    </message>
    <message>
        <source>Replication slots: %1</source>
        <translation>Слоты репликации: %1</translation>
    </message>
    <message>
        <source>  %1 (%2) %3, wal_status %4, keeps %5</source>
        <translation>  %1 (%2) %3, wal_status %4, удерживает %5</translation>
    </message>
    <message>
        <source>active pid %1</source>
        <translation>активен, pid %1</translation>
    </message>
    <message>
        <source>INACTIVE</source>
        <translation>НЕАКТИВЕН</translation>
    </message>
    <message>
        <source>Archiving: %1, %2 archived, %3 failed%4</source>
        <translation>Архивирование: %1, заархивировано %2, ошибок %3%4</translation>
    </message>
    <message>
        <source> · FAILING since %1</source>
        <translation> · ОШИБКИ с %1</translation>
    </message>
    <message>
        <source>Checkpoints: %1 timed, %2 requested; buffers written: checkpointer %3, bgwriter %4, backends %5</source>
        <translation>Контрольные точки: по времени %1, по запросу %2; записано буферов: checkpointer %3, bgwriter %4, обслуживающие процессы %5</translation>
    </message>
    <message>
        <source>Replication: WAL senders, slots, the standby side, archiving.</source>
        <translation>Репликация: WAL-отправители, слоты, сторона реплики, архивирование.</translation>
    </message>
    <message>
        <source>Print JSON (stable field names).</source>
        <translation>Вывести JSON (стабильные имена полей).</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>partly read: %1</source>
        <translation>прочитано частично: %1</translation>
    </message>
</context>
<context>
    <name>cli_report</name>
    <message>
        <source>A report to hand over: one self-contained HTML file (charts inline, no network needed) or a PDF, with server facts, health checks, configuration advice, top statements, the period&apos;s wait-event profile and lock incidents (from the history store), replication, vacuum and alerts.</source>
        <translation>Отчёт для передачи: один самодостаточный HTML-файл (графики внутри, сеть не нужна) или PDF со сведениями о сервере, проверками состояния, советами по конфигурации, топом запросов, профилем ожиданий и инцидентами блокировок за период (из хранилища истории), репликацией, очисткой и оповещениями.</translation>
    </message>
    <message>
        <source>A saved server&apos;s name instead of --dsn.</source>
        <translation>Имя сохранённого сервера вместо --dsn.</translation>
    </message>
    <message>
        <source>Start of the period: ISO time or relative (-15m, -2h, -1d); default -24h.</source>
        <translation>Начало периода: время ISO или относительное (-15m, -2h, -1d); по умолчанию -24h.</translation>
    </message>
    <message>
        <source>End of the period: ISO time, relative, or now (default).</source>
        <translation>Конец периода: время ISO, относительное или now (по умолчанию).</translation>
    </message>
    <message>
        <source>History store: an SQLite file, or a PostgreSQL DSN (default: the GUI&apos;s store).</source>
        <translation>Хранилище истории: файл SQLite или DSN PostgreSQL (по умолчанию — хранилище GUI).</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Файл для записи (обязательно).</translation>
    </message>
    <message>
        <source>html or pdf (default: from the file&apos;s extension, else html).</source>
        <translation>html или pdf (по умолчанию — по расширению файла, иначе html).</translation>
    </message>
    <message>
        <source>Statements listed (default 10).</source>
        <translation>Сколько запросов показать (по умолчанию 10).</translation>
    </message>
    <message>
        <source>pgdba report: give --dsn or --server (one of them) and --output FILE; --format html or pdf; --from/--to an ISO time, a relative time (-2h, -1d) or now, --from before --to.</source>
        <translation>pgdba report: укажите --dsn или --server (одно из них) и --output ФАЙЛ; --format html или pdf; --from/--to — время ISO, относительное (-2h, -1d) или now, --from раньше --to.</translation>
    </message>
    <message>
        <source>pgdba report: no saved server is called &quot;%1&quot; (pgdba server list shows them).</source>
        <translation>pgdba report: нет сохранённого сервера с именем &quot;%1&quot; (их показывает pgdba server list).</translation>
    </message>
    <message>
        <source>pgdba report: the history store cannot be opened (%1); the report has no history.</source>
        <translation>pgdba report: не удалось открыть хранилище истории (%1); отчёт будет без истории.</translation>
    </message>
    <message>
        <source>Report of %1 (%2 to %3) written to %4</source>
        <translation>Отчёт по %1 (с %2 по %3) записан в %4</translation>
    </message>
</context>
<context>
    <name>cli_server</name>
    <message>
        <source>Exit codes: 0 done; 1 no server of that name (remove) or one exists already (add); 2 the DSN cannot be read or its password cannot be kept; 64 bad usage.</source>
        <translation>Коды выхода: 0 готово; 1 нет сервера с таким именем (remove) или он уже есть (add); 2 DSN не читается или его пароль негде сохранить; 64 неверные аргументы.</translation>
    </message>
    <message>
        <source>pgdba server add: give --dsn DSN.</source>
        <translation>pgdba server add: укажите --dsn DSN.</translation>
    </message>
    <message>
        <source>pgdba server add: a server called &quot;%1&quot; is saved already (pgdba server remove %1 first).</source>
        <translation>pgdba server add: сервер «%1» уже сохранён (сначала pgdba server remove %1).</translation>
    </message>
    <message>
        <source>pgdba server add: the DSN cannot be read: %1</source>
        <translation>pgdba server add: не удаётся прочитать DSN: %1</translation>
    </message>
    <message>
        <source>pgdba server add: the DSN has a password, and no keyring is reachable to keep it; nothing was saved. Put the password in ~/.pgpass (host:port:database:user:password, mode 0600) and add the server with a DSN without it.</source>
        <translation>pgdba server add: в DSN есть пароль, а связки ключей для его хранения нет; ничего не сохранено. Запишите пароль в ~/.pgpass (host:port:database:user:password, права 0600) и добавьте сервер с DSN без пароля.</translation>
    </message>
    <message>
        <source>pgdba server add: the keyring did not take the password (%1); nothing was saved. Put it in ~/.pgpass instead.</source>
        <translation>pgdba server add: связка ключей не приняла пароль (%1); ничего не сохранено. Запишите его в ~/.pgpass.</translation>
    </message>
    <message>
        <source>Saved server &quot;%1&quot;%2 (%3).</source>
        <translation>Сервер «%1»%2 сохранён (%3).</translation>
    </message>
    <message>
        <source> in group &quot;%1&quot;</source>
        <translation> в группе «%1»</translation>
    </message>
    <message>
        <source>No saved servers (%1).</source>
        <translation>Сохранённых серверов нет (%1).</translation>
    </message>
    <message>
        <source>pgdba server remove: no saved server is called &quot;%1&quot; (%2).</source>
        <translation>pgdba server remove: сервера «%1» нет среди сохранённых (%2).</translation>
    </message>
    <message>
        <source>Removed server &quot;%1&quot;.</source>
        <translation>Сервер «%1» удалён.</translation>
    </message>
    <message>
        <source>Saved servers, the list the window shows:
  pgdba server add NAME --dsn DSN [--group G]
  pgdba server list [--json]
  pgdba server remove NAME
A password in the DSN goes to the keyring, never to the settings file.
</source>
        <translation>Сохранённые серверы — тот же список, что в окне:
  pgdba server add ИМЯ --dsn DSN [--group ГРУППА]
  pgdba server list [--json]
  pgdba server remove ИМЯ
Пароль из DSN попадает в связку ключей, но никогда в файл настроек.
</translation>
    </message>
    <message>
        <source>The server&apos;s connection string (URI or key=value).</source>
        <translation>Строка подключения к серверу (URI или key=value).</translation>
    </message>
    <message>
        <source>Group (folder) on the Fleet page.</source>
        <translation>Группа (папка) на странице «Парк серверов».</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: вывести JSON.</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list или remove</translation>
    </message>
    <message>
        <source>The server&apos;s name (add, remove)</source>
        <translation>Имя сервера (add, remove)</translation>
    </message>
    <message>
        <source>pgdba server: use add NAME --dsn DSN [--group G], list [--json] or remove NAME (see --help).</source>
        <translation>pgdba server: используйте add ИМЯ --dsn DSN [--group ГРУППА], list [--json] или remove ИМЯ (см. --help).</translation>
    </message>
</context>
<context>
    <name>cli_vacuum</name>
    <message>
        <source>Autovacuum workers: %1 of %2 busy%3</source>
        <translation>Рабочие процессы autovacuum: занято %1 из %2%3</translation>
    </message>
    <message>
        <source> (autovacuum is OFF)</source>
        <translation> (autovacuum ВЫКЛЮЧЕН)</translation>
    </message>
    <message>
        <source>Running maintenance: %1</source>
        <translation>Идущее обслуживание: %1</translation>
    </message>
    <message>
        <source>  pid %1 %2 %3: %4, %5</source>
        <translation>  pid %1 %2 %3: %4, %5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 % of %2 %3</source>
        <translation>%1 % из %2 %3</translation>
    </message>
    <message>
        <source>What holds back the xmin horizon: %1</source>
        <translation>Что удерживает горизонт xmin: %1</translation>
    </message>
    <message>
        <source>  %1 %2: %3 transactions%4 -&gt; %5</source>
        <translation>  %1 %2: транзакций %3%4 -&gt; %5</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Tables closest to autovacuum (dead / threshold, freeze age):</source>
        <translation>Таблицы, ближайшие к autovacuum (мёртвые / порог, возраст заморозки):</translation>
    </message>
    <message>
        <source>  %1: %2 / %3 (%4 %), age %5%6</source>
        <translation>  %1: %2 / %3 (%4 %), возраст %5%6</translation>
    </message>
    <message>
        <source> · autovacuum disabled</source>
        <translation> · autovacuum отключён</translation>
    </message>
    <message>
        <source>Bloat (pgstattuple for the largest, estimate for the rest):</source>
        <translation>Раздувание (pgstattuple для крупнейших, оценка для остальных):</translation>
    </message>
    <message>
        <source>Bloat (estimate from statistics; install pgstattuple for exact figures):</source>
        <translation>Раздувание (оценка по статистике; для точных цифр установите pgstattuple):</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 (%4 %)%5</source>
        <translation>  %1: %2 из %3 (%4 %)%5</translation>
    </message>
    <message>
        <source> · pgstattuple</source>
        <translation> · pgstattuple</translation>
    </message>
    <message>
        <source>Index bloat (pgstatindex for the largest, estimate for the rest):</source>
        <translation>Раздувание индексов (pgstatindex для крупнейших, оценка для остальных):</translation>
    </message>
    <message>
        <source>Index bloat (estimate from statistics):</source>
        <translation>Раздувание индексов (оценка по статистике):</translation>
    </message>
    <message>
        <source>  %1 on %2: %3 of %4 (%5 %)%6</source>
        <translation>  %1 на %2: %3 из %4 (%5 %)%6</translation>
    </message>
    <message>
        <source> · pgstatindex</source>
        <translation> · pgstatindex</translation>
    </message>
    <message>
        <source>Vacuum: running maintenance, what holds back the xmin horizon, tables closest to autovacuum, bloat.</source>
        <translation>Очистка: идущее обслуживание, что удерживает горизонт xmin, таблицы, ближайшие к autovacuum, раздувание.</translation>
    </message>
    <message>
        <source>Print JSON (stable field names).</source>
        <translation>Вывести JSON (стабильные имена полей).</translation>
    </message>
    <message>
        <source>How many tables to rank (default 200).</source>
        <translation>Сколько таблиц ранжировать (по умолчанию 200).</translation>
    </message>
    <message>
        <source>pgdba: --limit must be a positive number</source>
        <translation>pgdba: --limit должен быть положительным числом</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>partly read: %1</source>
        <translation>прочитано частично: %1</translation>
    </message>
</context>
<context>
    <name>core::PasswordStore</name>
    <message>
        <source>no keyring is running; the password was not saved</source>
        <translation>хранилище паролей (keyring) не запущено; пароль не сохранён</translation>
    </message>
</context>
<context>
    <name>core::ProfileStore</name>
    <message>
        <source>The connection string cannot be read, so it was not saved: %1</source>
        <translation>Строку подключения не удалось прочитать, поэтому она не сохранена: %1</translation>
    </message>
    <message>
        <source>The jump host cannot be read, so the server was not saved: %1</source>
        <translation>Промежуточный хост не удаётся разобрать, поэтому сервер не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>core::ServerListModel</name>
    <message>
        <source>connected</source>
        <translation>подключено</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <source>connection lost, retrying</source>
        <translation>подключение потеряно, повтор</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>core::Workspace</name>
    <message>
        <source>unknown server profile</source>
        <translation>неизвестный профиль сервера</translation>
    </message>
</context>
<context>
    <name>demo::Generator</name>
    <message>
        <source>Only one of the demo tables (orders, order_events) exists; run again with --reset to recreate both.</source>
        <translation>Есть только одна из демонстрационных таблиц (orders, order_events); запустите снова с --reset, чтобы пересоздать обе.</translation>
    </message>
    <message>
        <source>The table orders already holds data. Run again with --reset to drop and recreate the demo tables (everything in them is lost).</source>
        <translation>В таблице orders уже есть данные. Запустите снова с --reset, чтобы удалить и пересоздать демонстрационные таблицы (всё в них будет потеряно).</translation>
    </message>
    <message>
        <source>Dropping the demo tables (migration 001 down)…</source>
        <translation>Удаление демонстрационных таблиц (миграция 001 down)…</translation>
    </message>
    <message>
        <source>Creating the demo tables (migration 001 up)…</source>
        <translation>Создание демонстрационных таблиц (миграция 001 up)…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Generating %L1 orders in batches of %L2 on %3 connections…</source>
        <translation>Генерация %L1 заказов пакетами по %L2 на %3 соединениях…</translation>
    </message>
    <message>
        <source>The demo tables are incomplete; run pgdba demo init again with --reset.</source>
        <translation>Демонстрационные таблицы неполны; запустите pgdba demo init снова с --reset.</translation>
    </message>
    <message>
        <source>Adding the foreign key back…</source>
        <translation>Возврат внешнего ключа…</translation>
    </message>
    <message>
        <source>VACUUM (ANALYZE) orders, ANALYZE order_events…</source>
        <translation>VACUUM (ANALYZE) orders, ANALYZE order_events…</translation>
    </message>
</context>
<context>
    <name>demo::Workload</name>
    <message>
        <source>workload: %1: %2</source>
        <translation>workload: %1: %2</translation>
    </message>
    <message>
        <source>workload: %1 orders created, %2 claimed (%3 not available), %4 delivered, %5 lookups, %6 reports, %7 idle transactions, %8 lock chains, %9 errors</source>
        <translation>workload: создано заказов %1, захвачено %2 (недоступно %3), доставлено %4, просмотров %5, отчётов %6, простаивающих транзакций %7, цепочек блокировок %8, ошибок %9</translation>
    </message>
    <message>
        <source>The database has no demo tables (orders, order_events); run pgdba demo init first.</source>
        <translation>В базе нет демонстрационных таблиц (orders, order_events); сначала запустите pgdba demo init.</translation>
    </message>
    <message>
        <source>workload: running on %1 (%2 couriers); stop with SIGTERM or Ctrl+C</source>
        <translation>workload: работает на %1 (курьеров: %2); остановка — SIGTERM или Ctrl+C</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>only in A: %1</source>
        <translation>только в A: %1</translation>
    </message>
    <message>
        <source>only in B: %1</source>
        <translation>только в B: %1</translation>
    </message>
    <message>
        <source>node type: %1 -&gt; %2</source>
        <translation>тип узла: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>relation: %1 -&gt; %2</source>
        <translation>отношение: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>index: %1 -&gt; %2</source>
        <translation>индекс: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>rows: %1 -&gt; %2%3</source>
        <translation>строки: %1 -&gt; %2%3</translation>
    </message>
    <message>
        <source>time: %1 -&gt; %2 ms%3</source>
        <translation>время: %1 -&gt; %2 мс%3</translation>
    </message>
    <message>
        <source>Total %1 -&gt; %2 ms%3, buffers %4 -&gt; %5%6</source>
        <translation>Всего %1 -&gt; %2 мс%3, буферы %4 -&gt; %5%6</translation>
    </message>
    <message>
        <source>, %1 nodes changed, %2 added, %3 removed</source>
        <translation>, изменено узлов %1, добавлено %2, удалено %3</translation>
    </message>
    <message>
        <source>Sequential scan of %1 read %2 rows and threw away %3 %: an index on (%4)%5 would read only the rows it keeps.</source>
        <translation>Последовательное сканирование %1 прочитало %2 строк и отбросило %3 %: индекс по (%4)%5 читал бы только оставляемые строки.</translation>
    </message>
    <message>
        <source> WHERE %1</source>
        <translation> WHERE %1</translation>
    </message>
    <message>
        <source>Sequential scan of %1 read %2 rows and threw away %3 %; its filter cannot use a plain index as written (%4).</source>
        <translation>Последовательное сканирование %1 прочитало %2 строк и отбросило %3 %; его фильтр в таком виде не может использовать обычный индекс (%4).</translation>
    </message>
    <message>
        <source>%1 returned %2 rows per loop where the planner expected %3 (%4x under-estimate): ANALYZE the table or add extended statistics for correlated columns.</source>
        <translation>%1 вернул %2 строк за цикл, а планировщик ожидал %3 (недооценка в %4 раз): выполните ANALYZE таблицы или добавьте расширенную статистику для коррелирующих столбцов.</translation>
    </message>
    <message>
        <source>%1 returned %2 rows per loop where the planner expected %3 (%4x over-estimate): the planner may have chosen a plan meant for far more rows.</source>
        <translation>%1 вернул %2 строк за цикл, а планировщик ожидал %3 (переоценка в %4 раз): планировщик мог выбрать план, рассчитанный на гораздо большее число строк.</translation>
    </message>
    <message>
        <source> (work_mem is %1)</source>
        <translation> (work_mem = %1)</translation>
    </message>
    <message>
        <source>Sort spilled %1 kB to disk (%2)%3: about %4 MB of work_mem would keep it in memory.</source>
        <translation>Сортировка сбросила на диск %1 кБ (%2)%3: около %4 МБ work_mem удержали бы её в памяти.</translation>
    </message>
    <message>
        <source>Hash table was split into %1 batches on disk (planned %2)%3: it needs about %4 MB of work_mem to stay in memory.</source>
        <translation>Хеш-таблица разбита на диске на %1 пакетов (по плану %2)%3: чтобы остаться в памяти, ей нужно около %4 МБ work_mem.</translation>
    </message>
    <message>
        <source>Hash aggregate spilled to disk (%1 batches, %2 kB)%3: raise work_mem or hash_mem_multiplier.</source>
        <translation>Хеш-агрегация сбросила данные на диск (пакетов %1, %2 кБ)%3: увеличьте work_mem или hash_mem_multiplier.</translation>
    </message>
    <message>
        <source>Index-only scan on %1 fetched %2 heap pages for %3 rows: the visibility map is stale, VACUUM %1.</source>
        <translation>Сканирование только индекса по %1 прочитало %2 страниц таблицы для %3 строк: карта видимости устарела, выполните VACUUM %1.</translation>
    </message>
    <message>
        <source>Bitmap heap scan on %1 went lossy on %2 of %3 blocks and rechecked %4 rows: the bitmap did not fit in work_mem.</source>
        <translation>Сканирование по битовой карте %1 стало неточным на %2 из %3 блоков и перепроверило %4 строк: битовая карта не поместилась в work_mem.</translation>
    </message>
    <message>
        <source>%1 planned %2 parallel workers but only %3 started: max_parallel_workers or max_worker_processes is exhausted, so the query ran with less parallelism than planned.</source>
        <translation>%1 планировал %2 параллельных исполнителей, но запущено только %3: исчерпаны max_parallel_workers или max_worker_processes, запрос выполнялся с меньшим параллелизмом, чем планировалось.</translation>
    </message>
    <message>
        <source>Nested loop ran its inner side (%1) %2 times, %3 ms in all: a hash or merge join, or a better row estimate for the outer side, is likely cheaper.</source>
        <translation>Вложенный цикл выполнил внутреннюю часть (%1) %2 раз, всего %3 мс: соединение хешированием или слиянием либо лучшая оценка строк внешней части, вероятно, обойдутся дешевле.</translation>
    </message>
    <message>
        <source>JIT compilation took %1 ms, %2 % of the query&apos;s time: for a query this short, raise jit_above_cost (or turn jit off) so it runs interpreted.</source>
        <translation>JIT-компиляция заняла %1 мс, %2 % времени запроса: для такого короткого запроса увеличьте jit_above_cost (или отключите jit), чтобы он выполнялся интерпретатором.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1x under</source>
        <translation>недооценка в %1 раз</translation>
    </message>
    <message>
        <source>%1x over</source>
        <translation>переоценка в %1 раз</translation>
    </message>
    <message>
        <source>hit %1</source>
        <translation>попаданий %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>чтений %1</translation>
    </message>
    <message>
        <source>dirtied %1</source>
        <translation>загрязнено %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>записано %1</translation>
    </message>
    <message>
        <source>local %1/%2</source>
        <translation>локальные %1/%2</translation>
    </message>
    <message>
        <source>temp %1/%2</source>
        <translation>временные %1/%2</translation>
    </message>
    <message>
        <source>The JSON plan is not valid JSON: %1 at byte %2.</source>
        <translation>План JSON — некорректный JSON: %1 в байте %2.</translation>
    </message>
    <message>
        <source>The JSON has no plan: expected [ { &quot;Plan&quot;: ... } ].</source>
        <translation>В JSON нет плана: ожидалось [ { &quot;Plan&quot;: ... } ].</translation>
    </message>
    <message>
        <source>The JSON has no &quot;Plan&quot; object: this is not EXPLAIN (FORMAT JSON) output.</source>
        <translation>В JSON нет объекта &quot;Plan&quot;: это не вывод EXPLAIN (FORMAT JSON).</translation>
    </message>
    <message>
        <source>Plan node %1 has no &quot;Node Type&quot;.</source>
        <translation>У узла плана %1 нет &quot;Node Type&quot;.</translation>
    </message>
    <message>
        <source>Plan node %1 has a child that is not an object.</source>
        <translation>У узла плана %1 есть потомок, не являющийся объектом.</translation>
    </message>
    <message numerus="yes">
        <source>The text holds %n plans; the first is shown.</source>
        <translation>
            <numerusform>В тексте %n план; показан первый.</numerusform>
            <numerusform>В тексте %n плана; показан первый.</numerusform>
            <numerusform>В тексте %n планов; показан первый.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1 ms</source>
        <translation>Всего %1 мс</translation>
    </message>
    <message>
        <source>, planning %1 ms</source>
        <translation>, планирование %1 мс</translation>
    </message>
    <message>
        <source>, execution %1 ms</source>
        <translation>, выполнение %1 мс</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>собств.</translation>
    </message>
    <message>
        <source>inclusive</source>
        <translation>включ.</translation>
    </message>
    <message>
        <source>rows x</source>
        <translation>строки x</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <source>loops</source>
        <translation>циклы</translation>
    </message>
    <message>
        <source>share</source>
        <translation>доля</translation>
    </message>
    <message>
        <source>node</source>
        <translation>узел</translation>
    </message>
    <message>
        <source> (never executed)</source>
        <translation> (не выполнялся)</translation>
    </message>
    <message>
        <source>Trigger %1: %2 ms, %3 calls</source>
        <translation>Триггер %1: %2 мс, вызовов %3</translation>
    </message>
    <message>
        <source>JIT: %1 functions, %2 ms</source>
        <translation>JIT: функций %1, %2 мс</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Замечания:</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <source>%1 is %2; plans larger than %3 are not read.</source>
        <translation>%1 — %2; планы больше %3 не читаются.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>The plan is %1; plans larger than %2 are not read.</source>
        <translation>План занимает %1; планы больше %2 не читаются.</translation>
    </message>
    <message>
        <source>This is not a text plan: binary data at byte %1.</source>
        <translation>Это не текстовый план: двоичные данные в байте %1.</translation>
    </message>
    <message>
        <source>This is not a text plan: the input is not valid UTF-8.</source>
        <translation>Это не текстовый план: ввод не является корректным UTF-8.</translation>
    </message>
    <message>
        <source>There is no plan: the input is empty.</source>
        <translation>Плана нет: ввод пуст.</translation>
    </message>
    <message>
        <source>The text is empty: paste EXPLAIN output (text or JSON format).</source>
        <translation>Текст пуст: вставьте вывод EXPLAIN (текст или JSON).</translation>
    </message>
    <message>
        <source>The text starts with &quot;-&gt;&quot;: it is read as a part of a larger plan.</source>
        <translation>Текст начинается с &quot;-&gt;&quot;: он читается как часть большего плана.</translation>
    </message>
    <message>
        <source>Line %1: a plan node after the statement summary.</source>
        <translation>Строка %1: узел плана после итоговой сводки запроса.</translation>
    </message>
    <message>
        <source>The text holds more than one plan; the first is shown.</source>
        <translation>В тексте больше одного плана; показан первый.</translation>
    </message>
    <message>
        <source>Line %1 is not a plan node: &quot;%2&quot;.</source>
        <translation>Строка %1 — не узел плана: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This does not look like EXPLAIN output: the first line (&quot;%1&quot;) is not a plan node.</source>
        <translation>Это не похоже на вывод EXPLAIN: первая строка (&quot;%1&quot;) — не узел плана.</translation>
    </message>
    <message>
        <source>Line %1: a child node (&quot;-&gt;&quot;) without a parent.</source>
        <translation>Строка %1: дочерний узел (&quot;-&gt;&quot;) без родителя.</translation>
    </message>
    <message>
        <source>No plan nodes found in the text.</source>
        <translation>В тексте не найдено узлов плана.</translation>
    </message>
    <message>
        <source>The plan is too large for an image; export SVG instead.</source>
        <translation>План слишком велик для изображения; экспортируйте в SVG.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Query plan rendered by pgdba</source>
        <translation>План запроса, построенный pgdba</translation>
    </message>
</context>
<context>
    <name>explain::ExplainRunner</name>
    <message>
        <source>trigger %1 on %2</source>
        <translation>триггер %1 на %2</translation>
    </message>
    <message>
        <source>could not be looked up in the catalog (%1)</source>
        <translation>не удалось найти в каталоге (%1)</translation>
    </message>
    <message>
        <source>called by %1()</source>
        <translation>вызывается из %1()</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>подключение закрыто</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>отменено до начала</translation>
    </message>
    <message numerus="yes">
        <source>The statement has no parameters ($1, $2, ...), but %n value(s) were given.</source>
        <translation>
            <numerusform>У запроса нет параметров ($1, $2, ...), но передано %n значение.</numerusform>
            <numerusform>У запроса нет параметров ($1, $2, ...), но передано %n значения.</numerusform>
            <numerusform>У запроса нет параметров ($1, $2, ...), но передано %n значений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The statement has %n parameter(s) ($1 to $%1), but %2 value(s) were given.</source>
        <translation>
            <numerusform>У запроса %n параметр ($1–$%1), но передано значений: %2.</numerusform>
            <numerusform>У запроса %n параметра ($1–$%1), но передано значений: %2.</numerusform>
            <numerusform>У запроса %n параметров ($1–$%1), но передано значений: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explain::ExplainSession</name>
    <message>
        <source>An EXPLAIN is already running.</source>
        <translation>EXPLAIN уже выполняется.</translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>нет подключения к серверу</translation>
    </message>
</context>
<context>
    <name>explain::FindingsModel</name>
    <message>
        <source>Info</source>
        <translation>Инфо</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
</context>
<context>
    <name>explain::PlanCompareModel</name>
    <message>
        <source>only in B</source>
        <translation>только в B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>только в A</translation>
    </message>
    <message>
        <source>node type</source>
        <translation>тип узла</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>отношение</translation>
    </message>
    <message>
        <source>index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Time A</source>
        <translation>Время A</translation>
    </message>
    <message>
        <source>Time B</source>
        <translation>Время B</translation>
    </message>
    <message>
        <source>B/A</source>
        <translation>B/A</translation>
    </message>
    <message>
        <source>Rows A</source>
        <translation>Строки A</translation>
    </message>
    <message>
        <source>Rows B</source>
        <translation>Строки B</translation>
    </message>
</context>
<context>
    <name>explain::PlanStatsModel</name>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>Exclusive time</source>
        <translation>Собственное время</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>Worst misestimate</source>
        <translation>Худшая ошибка оценки</translation>
    </message>
</context>
<context>
    <name>explain::PlanTreeModel</name>
    <message>
        <source>never executed</source>
        <translation>не выполнялся</translation>
    </message>
    <message>
        <source>Time spent in the node itself (inclusive minus its children)</source>
        <translation>Время в самом узле (включительное минус потомки)</translation>
    </message>
    <message>
        <source>Time of the node and everything below it (actual total time x loops)</source>
        <translation>Время узла и всего под ним (actual total time x loops)</translation>
    </message>
    <message>
        <source>How far the row estimate was off, per loop</source>
        <translation>Насколько ошиблась оценка строк, за цикл</translation>
    </message>
    <message>
        <source>Shared blocks hit or read by the node itself (exclusive)</source>
        <translation>Разделяемые блоки, найденные или прочитанные самим узлом (собственные)</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Собственное</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>Включительное</translation>
    </message>
    <message>
        <source>Rows x</source>
        <translation>Строк x</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Циклы</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Буферы</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
</context>
<context>
    <name>explain::SideEffects</name>
    <message>
        <source>sends a signal to another session (cancels its query or ends it)</source>
        <translation>отправляет сигнал другому сеансу (отменяет его запрос или завершает его)</translation>
    </message>
    <message>
        <source>advances a sequence: the values it takes are not given back</source>
        <translation>продвигает последовательность: взятые значения не возвращаются</translation>
    </message>
    <message>
        <source>resets statistics</source>
        <translation>сбрасывает статистику</translation>
    </message>
    <message>
        <source>acts on the server itself (configuration, log file, WAL, recovery or backup)</source>
        <translation>действует на сам сервер (конфигурация, журнал, WAL, восстановление или резервная копия)</translation>
    </message>
    <message>
        <source>changes replication state (slots, origins or decoded changes)</source>
        <translation>меняет состояние репликации (слоты, источники или декодированные изменения)</translation>
    </message>
    <message>
        <source>takes or releases a session-level advisory lock, which outlives the transaction</source>
        <translation>берёт или освобождает рекомендательную блокировку уровня сеанса, которая переживает транзакцию</translation>
    </message>
    <message>
        <source>reads or writes a file on the server</source>
        <translation>читает или пишет файл на сервере</translation>
    </message>
    <message>
        <source>runs SQL on another connection (dblink): what it changes there is committed there</source>
        <translation>выполняет SQL на другом подключении (dblink): изменения там фиксируются там же</translation>
    </message>
    <message>
        <source>runs dynamic SQL (EXECUTE) that pgdba cannot read</source>
        <translation>выполняет динамический SQL (EXECUTE), который pgdba не может прочитать</translation>
    </message>
    <message>
        <source>runs a program on the server (COPY ... PROGRAM)</source>
        <translation>запускает программу на сервере (COPY ... PROGRAM)</translation>
    </message>
    <message>
        <source>writes a file on the server (COPY ... TO)</source>
        <translation>пишет файл на сервере (COPY ... TO)</translation>
    </message>
    <message>
        <source>writes table data (undone by the rollback)</source>
        <translation>записывает данные таблиц (отменяется откатом)</translation>
    </message>
    <message>
        <source>a volatile function in compiled code whose effects pgdba does not know</source>
        <translation>изменчивая (volatile) функция в скомпилированном коде с неизвестными pgdba последствиями</translation>
    </message>
    <message>
        <source>runs code in the untrusted language %1, which can act outside the database</source>
        <translation>выполняет код на недоверенном языке %1, который может действовать вне базы данных</translation>
    </message>
    <message>
        <source>a volatile %1 function that pgdba cannot inspect</source>
        <translation>изменчивая (volatile) функция на %1, которую pgdba не может проверить</translation>
    </message>
</context>
<context>
    <name>explain::StatementSafety</name>
    <message>
        <source>A rollback undoes changes to table rows and DDL; it does not undo work done outside the transaction.</source>
        <translation>Откат отменяет изменения строк таблиц и DDL, но не отменяет действия вне транзакции.</translation>
    </message>
    <message>
        <source>DDL (CREATE TABLE AS creates a table)</source>
        <translation>DDL (CREATE TABLE AS создаёт таблицу)</translation>
    </message>
    <message>
        <source>a prepared statement (EXECUTE) whose text pgdba cannot see</source>
        <translation>подготовленный оператор (EXECUTE), текст которого pgdba не видит</translation>
    </message>
    <message>
        <source>a data-modifying WITH (%1)</source>
        <translation>изменяющий данные WITH (%1)</translation>
    </message>
    <message>
        <source>DDL (SELECT INTO creates a table)</source>
        <translation>DDL (SELECT INTO создаёт таблицу)</translation>
    </message>
    <message>
        <source>a locking read (FOR %1)</source>
        <translation>чтение с блокировкой (FOR %1)</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement inside BEGIN ... ROLLBACK. %1 Not undone: %2.</source>
        <translation>EXPLAIN ANALYZE выполняет запрос внутри BEGIN ... ROLLBACK. %1 Не отменяется: %2.</translation>
    </message>
    <message>
        <source>functions that write table data (%1)</source>
        <translation>функции, записывающие данные таблиц (%1)</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement, which is %1: it runs inside BEGIN ... ROLLBACK, so the table it creates is removed again.</source>
        <translation>EXPLAIN ANALYZE выполняет запрос, а это %1: он идёт внутри BEGIN ... ROLLBACK, поэтому созданная таблица снова удаляется.</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement, which contains %1: it runs inside BEGIN ... ROLLBACK, so its changes to table rows are undone.</source>
        <translation>EXPLAIN ANALYZE выполняет запрос, который содержит %1: он идёт внутри BEGIN ... ROLLBACK, поэтому изменения строк таблиц отменяются.</translation>
    </message>
    <message>
        <source>Not run: under EXPLAIN ANALYZE the statement would execute %1. %2 Run it without ANALYZE, or confirm that these effects may happen (pgdba explain: --allow-side-effects).</source>
        <translation>Не выполнено: под EXPLAIN ANALYZE запрос выполнил бы %1. %2 Запустите его без ANALYZE или подтвердите, что эти последствия допустимы (pgdba explain: --allow-side-effects).</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement. It runs inside BEGIN ... ROLLBACK, which undoes changes to table rows and DDL, but NOT what these functions do:

%1

Run it anyway?</source>
        <translation>EXPLAIN ANALYZE выполняет запрос. Он идёт внутри BEGIN ... ROLLBACK, что отменяет изменения строк таблиц и DDL, но НЕ то, что делают эти функции:

%1

Всё равно выполнить?</translation>
    </message>
    <message>
        <source>The statement ran under EXPLAIN ANALYZE and was rolled back: its changes to table rows were undone.</source>
        <translation>Запрос выполнен под EXPLAIN ANALYZE и откачен: изменения строк таблиц отменены.</translation>
    </message>
    <message>
        <source>The statement ran under EXPLAIN ANALYZE and was rolled back: its changes to table rows were undone, but what %1 did was not.</source>
        <translation>Запрос выполнен под EXPLAIN ANALYZE и откачен: изменения строк таблиц отменены, но сделанное %1 — нет.</translation>
    </message>
</context>
<context>
    <name>fleet::FleetModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 crit., %2 warn.</source>
        <translation>%1 крит., %2 пред.</translation>
    </message>
    <message>
        <source>A primary without standbys</source>
        <translation>Основной сервер без реплик</translation>
    </message>
    <message numerus="yes">
        <source>%1
Failed %n time(s) in a row; next attempt at %2.</source>
        <translation>
            <numerusform>%1
%n неудачная попытка подряд; следующая в %2.</numerusform>
            <numerusform>%1
%n неудачные попытки подряд; следующая в %2.</numerusform>
            <numerusform>%1
%n неудачных попыток подряд; следующая в %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Без группы</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reachable</source>
        <translation>
            <numerusform>%1 из %n доступен</numerusform>
            <numerusform>%1 из %n доступны</numerusform>
            <numerusform>%1 из %n доступны</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Transactions/s (1 h)</source>
        <translation>Транзакций/с (1 ч)</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Replication lag: a standby&apos;s replay delay, or a primary&apos;s slowest standby</source>
        <translation>Отставание репликации: задержка применения на реплике или самая отстающая реплика основного сервера</translation>
    </message>
    <message>
        <source>Repl. lag</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <source>Health checks: critical and warnings (checked every 5 minutes)</source>
        <translation>Проверки здоровья: критические и предупреждения (раз в 5 минут)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Open alerts (from the alert rules)</source>
        <translation>Открытые оповещения (по правилам оповещений)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
</context>
<context>
    <name>fleet::ServerStatus</name>
    <message>
        <source>the sample query returned no row</source>
        <translation>запрос выборки не вернул строк</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>реплика</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>since the statistics reset on %1</source>
        <translation>со сброса статистики %1</translation>
    </message>
    <message>
        <source>since statistics began</source>
        <translation>с начала сбора статистики</translation>
    </message>
    <message>
        <source>Unused indexes</source>
        <translation>Неиспользуемые индексы</translation>
    </message>
    <message>
        <source>Indexes never scanned since the statistics were reset: every write still maintains them. Unique and primary-key indexes are left out (they enforce constraints).</source>
        <translation>Индексы, ни разу не сканированные со сброса статистики: каждая запись всё равно их обновляет. Уникальные индексы и индексы первичных ключей не учитываются (они обеспечивают ограничения).</translation>
    </message>
    <message>
        <source>0 scans %1; %2 on %3.</source>
        <translation>0 сканирований %1; %2 на %3.</translation>
    </message>
    <message>
        <source>Every index has been used.</source>
        <translation>Все индексы используются.</translation>
    </message>
    <message>
        <source>Duplicate and redundant indexes</source>
        <translation>Дубли и избыточные индексы</translation>
    </message>
    <message>
        <source>Indexes that another index on the same table already covers: identical, or their columns are a leading prefix of the other&apos;s (same method, predicate and expressions).</source>
        <translation>Индексы, которые уже покрывает другой индекс той же таблицы: идентичные или чьи столбцы — начальный префикс другого (тот же метод, предикат и выражения).</translation>
    </message>
    <message>
        <source>Identical to %1; %2 wasted.</source>
        <translation>Идентичен %1; впустую %2.</translation>
    </message>
    <message>
        <source>Its columns are a leading prefix of %1; %2 wasted.</source>
        <translation>Его столбцы — начальный префикс %1; впустую %2.</translation>
    </message>
    <message>
        <source>No index duplicates another.</source>
        <translation>Дублирующихся индексов нет.</translation>
    </message>
    <message>
        <source>Invalid indexes</source>
        <translation>Нерабочие индексы</translation>
    </message>
    <message>
        <source>Indexes left INVALID by a failed CREATE INDEX CONCURRENTLY or REINDEX: never used for queries but still updated on every write. Indexes being built right now are left out.</source>
        <translation>Индексы, оставшиеся INVALID после неудачного CREATE INDEX CONCURRENTLY или REINDEX: в запросах не используются, но обновляются при каждой записи. Строящиеся сейчас индексы не учитываются.</translation>
    </message>
    <message>
        <source>INVALID and not being built; %1 on %2.
%3</source>
        <translation>INVALID и не строится; %1 на %2.
%3</translation>
    </message>
    <message>
        <source>-- rebuild it once the cause is fixed (e.g. duplicate values for a unique index):</source>
        <translation>-- перестройте его, когда причина устранена (например, повторяющиеся значения для уникального индекса):</translation>
    </message>
    <message>
        <source>-- or drop it:</source>
        <translation>-- или удалите его:</translation>
    </message>
    <message>
        <source>No invalid indexes.</source>
        <translation>Нерабочих индексов нет.</translation>
    </message>
    <message>
        <source>Sequential scans and index usage</source>
        <translation>Seq Scan и индексы</translation>
    </message>
    <message>
        <source>Share of sequential scans on tables over %1 rows; the ticket alerts above %2% (a missing index).</source>
        <translation>Доля последовательных сканирований таблиц больше %1 строк; заявка требует оповещения выше %2% (не хватает индекса).</translation>
    </message>
    <message>
        <source>%1% of %2 scans were sequential (%3 sequential, %4 index; index usage %5%) on about %6 rows.</source>
        <translation>%1% из %2 сканирований были последовательными (%3 последовательных, %4 индексных; использование индексов %5%) примерно на %6 строках.</translation>
    </message>
    <message>
        <source>Find the queries that scan it (Statements page) and EXPLAIN them.</source>
        <translation>Найдите запросы, которые её сканируют (страница «Запросы»), и выполните для них EXPLAIN.</translation>
    </message>
    <message>
        <source>The table has no index at all.</source>
        <translation>У таблицы вообще нет индексов.</translation>
    </message>
    <message>
        <source>No table over %1 rows has been scanned enough to judge.</source>
        <translation>Ни одна таблица больше %1 строк не сканировалась достаточно, чтобы судить.</translation>
    </message>
    <message numerus="yes">
        <source>%n large table(s) use their indexes.</source>
        <translation>
            <numerusform>%n большая таблица использует свои индексы.</numerusform>
            <numerusform>%n большие таблицы используют свои индексы.</numerusform>
            <numerusform>%n больших таблиц используют свои индексы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Не удалось проверить: %1</translation>
    </message>
    <message>
        <source>Replication slots</source>
        <translation>Слоты репликации</translation>
    </message>
    <message>
        <source>Inactive slots keeping WAL, and slots whose WAL is no longer reserved.</source>
        <translation>Неактивные слоты, удерживающие WAL, и слоты, чей WAL больше не зарезервирован.</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>слот %1</translation>
    </message>
    <message>
        <source>No slot is holding WAL beyond the limits.</source>
        <translation>Ни один слот не удерживает WAL сверх пределов.</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Отставание репликации</translation>
    </message>
    <message>
        <source>Standbys behind this primary, or this standby behind its primary.</source>
        <translation>Реплики, отстающие от этого ведущего, или эта реплика, отстающая от своего ведущего.</translation>
    </message>
    <message>
        <source>replay %1 behind, %2 not yet replayed%3</source>
        <translation>отставание воспроизведения %1, ещё не воспроизведено %2%3</translation>
    </message>
    <message>
        <source>standby %1</source>
        <translation>реплика %1</translation>
    </message>
    <message>
        <source>this standby</source>
        <translation>эта реплика</translation>
    </message>
    <message>
        <source> (replay is paused)</source>
        <translation> (воспроизведение приостановлено)</translation>
    </message>
    <message>
        <source>Replication is within the lag limits.</source>
        <translation>Отставание репликации в пределах нормы.</translation>
    </message>
    <message>
        <source>WAL archiving</source>
        <translation>Архивирование WAL</translation>
    </message>
    <message>
        <source>The archiver&apos;s last attempt failed (pg_stat_archiver).</source>
        <translation>Последняя попытка архивации не удалась (pg_stat_archiver).</translation>
    </message>
    <message>
        <source>archiving %1 failed at %2 (%3 failures so far); WAL piles up in pg_wal until archive_command succeeds</source>
        <translation>архивирование %1 не удалось в %2 (ошибок на данный момент: %3); WAL копится в pg_wal, пока archive_command не сработает</translation>
    </message>
    <message>
        <source>Archiving is off.</source>
        <translation>Архивирование выключено.</translation>
    </message>
    <message>
        <source>The archiver&apos;s last attempt succeeded.</source>
        <translation>Последняя попытка архивации прошла успешно.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>подключение было закрыто</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 on %2 from %3</source>
        <translation>%1 на %2 из %3</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>Long-running queries</source>
        <translation>Долгие запросы</translation>
    </message>
    <message>
        <source>Statements running for longer than the threshold.</source>
        <translation>Запросы, выполняющиеся дольше порога.</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>No query runs too long.</source>
        <translation>Слишком долгих запросов нет.</translation>
    </message>
    <message>
        <source>Long-running transactions</source>
        <translation>Долгие транзакции</translation>
    </message>
    <message>
        <source>Transactions open for longer than the threshold: they hold locks and keep VACUUM from removing dead rows.</source>
        <translation>Транзакции, открытые дольше порога: они держат блокировки и не дают VACUUM убрать мёртвые строки.</translation>
    </message>
    <message>
        <source>Transaction open for</source>
        <translation>Транзакция открыта</translation>
    </message>
    <message>
        <source>No transaction is open too long.</source>
        <translation>Слишком долго открытых транзакций нет.</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>Простой в транзакции</translation>
    </message>
    <message>
        <source>Sessions that opened a transaction and went quiet: usually an application that forgot to commit. Their locks stay held.</source>
        <translation>Сеансы, открывшие транзакцию и затихшие: обычно приложение забыло выполнить COMMIT. Их блокировки остаются.</translation>
    </message>
    <message>
        <source>Idle in transaction for</source>
        <translation>Простой в транзакции</translation>
    </message>
    <message>
        <source>No session idles inside a transaction.</source>
        <translation>Ни один сеанс не простаивает внутри транзакции.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>Connections in use against max_connections minus the superuser reserve: when they run out, the pool cannot connect.</source>
        <translation>Занятые подключения против max_connections за вычетом резерва суперпользователя: когда они кончатся, пул не сможет подключиться.</translation>
    </message>
    <message>
        <source>%1 of %2 usable connections (%3%): max_connections %4, %5 reserved; %6 active, %7 idle in transaction.</source>
        <translation>%1 из %2 доступных подключений (%3%): max_connections %4, резерв %5; активных %6, idle in transaction %7.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>Put a pooler in front (PgBouncer) or close idle connections; raising max_connections needs a restart.</source>
        <translation>Поставьте перед сервером пул соединений (PgBouncer) или закройте простаивающие подключения; увеличение max_connections требует перезапуска.</translation>
    </message>
    <message>
        <source>%1 of %2 used (%3%)</source>
        <translation>занято %1 из %2 (%3%)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Доля попаданий в кэш</translation>
    </message>
    <message>
        <source>Share of block reads served from shared_buffers in this database; the ticket wants more than 99%.</source>
        <translation>Доля чтений блоков из shared_buffers в этой базе; заявка требует больше 99%.</translation>
    </message>
    <message>
        <source>Only %1 blocks read so far: too few to judge.</source>
        <translation>Пока прочитано только %1 блоков: слишком мало, чтобы судить.</translation>
    </message>
    <message>
        <source>%1% of %2 block reads were cache hits (%3 read from disk) %4.</source>
        <translation>%1% из %2 чтений блоков были попаданиями в кэш (%3 прочитано с диска) %4.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>Consider a larger shared_buffers (Configuration page) or more RAM.</source>
        <translation>Рассмотрите увеличение shared_buffers (страница «Конфигурация») или памяти.</translation>
    </message>
    <message>
        <source>%1% hits</source>
        <translation>попаданий %1%</translation>
    </message>
    <message>
        <source>Tables needing vacuum</source>
        <translation>Таблицы, которым нужна очистка</translation>
    </message>
    <message>
        <source>Tables with many dead rows: bloat and slower scans until VACUUM reclaims them.</source>
        <translation>Таблицы с большим числом мёртвых строк: раздувание и замедление сканирований, пока VACUUM их не уберёт.</translation>
    </message>
    <message>
        <source>%1 dead rows (%2% of the table); last autovacuum %3, last manual vacuum %4.</source>
        <translation>%1 мёртвых строк (%2% таблицы); последний autovacuum %3, последний ручной vacuum %4.</translation>
    </message>
    <message>
        <source>No table has too many dead rows.</source>
        <translation>Ни в одной таблице нет слишком большого числа мёртвых строк.</translation>
    </message>
    <message>
        <source>Tables needing analyze</source>
        <translation>Таблицы, которым нужен ANALYZE</translation>
    </message>
    <message>
        <source>Tables changed a lot since their statistics were gathered, or never analyzed: the planner guesses row counts wrong.</source>
        <translation>Таблицы, сильно изменившиеся с момента сбора статистики или никогда не анализировавшиеся: планировщик ошибается в числе строк.</translation>
    </message>
    <message>
        <source>%1 rows changed since the last analyze (%2% of %3 rows); last autoanalyze %4, last analyze %5.</source>
        <translation>%1 строк изменено с последнего analyze (%2% из %3 строк); последний autoanalyze %4, последний analyze %5.</translation>
    </message>
    <message>
        <source>Statistics are up to date.</source>
        <translation>Статистика актуальна.</translation>
    </message>
    <message>
        <source>Transaction ID wraparound</source>
        <translation>Переполнение XID</translation>
    </message>
    <message>
        <source>Age of each database&apos;s oldest unfrozen transaction ID; at about 2.1 billion the server stops accepting writes.</source>
        <translation>Возраст самого старого незамороженного идентификатора транзакции каждой базы; примерно при 2,1 млрд сервер перестаёт принимать запись.</translation>
    </message>
    <message>
        <source>Transaction ID age %1 (%2% of the 2,147,483,647 limit); autovacuum_freeze_max_age is %3.</source>
        <translation>Возраст идентификатора транзакции %1 (%2% предела 2 147 483 647); autovacuum_freeze_max_age = %3.</translation>
    </message>
    <message>
        <source>-- connected to database %1:</source>
        <translation>-- при подключении к базе %1:</translation>
    </message>
    <message>
        <source>Oldest: %1 at %2 transactions.</source>
        <translation>Самая старая: %1, %2 транзакций.</translation>
    </message>
    <message>
        <source>Sequences near their limit</source>
        <translation>Последовательности у предела</translation>
    </message>
    <message>
        <source>Sequences that have handed out most of their range: inserts fail once they reach it.</source>
        <translation>Последовательности, выдавшие большую часть диапазона: вставки перестанут работать, когда он кончится.</translation>
    </message>
    <message>
        <source>%1% used: last value %2, limit %3 (%4).</source>
        <translation>использовано %1%: последнее значение %2, предел %3 (%4).</translation>
    </message>
    <message>
        <source>Owned by %1.%2.</source>
        <translation>Принадлежит %1.%2.</translation>
    </message>
    <message>
        <source>-- the column must hold bigint too (rewrites the table):</source>
        <translation>-- столбец тоже должен стать bigint (таблица перезаписывается):</translation>
    </message>
    <message>
        <source>Every sequence has room.</source>
        <translation>Во всех последовательностях есть запас.</translation>
    </message>
    <message>
        <source>Indexes and scans</source>
        <translation>Индексы и сканирования</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Vacuum and wraparound</source>
        <translation>Очистка и переполнение XID</translation>
    </message>
    <message>
        <source>Sessions and connections</source>
        <translation>Сеансы и подключения</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Последовательности</translation>
    </message>
    <message>
        <source>Judge sequential scans on tables over</source>
        <translation>Оценивать последовательные сканирования таблиц больше</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <source>…with at least</source>
        <translation>…не менее чем с</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>сканир.</translation>
    </message>
    <message>
        <source>Sequential scan share: warning above</source>
        <translation>Доля послед. сканирований: предупреждение выше</translation>
    </message>
    <message>
        <source>Sequential scan share: critical above</source>
        <translation>Доля послед. сканирований: критично выше</translation>
    </message>
    <message>
        <source>Report unused indexes from</source>
        <translation>Сообщать о неиспользуемых индексах от</translation>
    </message>
    <message>
        <source>Cache hit ratio: warning below</source>
        <translation>Доля попаданий в кэш: предупреждение ниже</translation>
    </message>
    <message>
        <source>Cache hit ratio: critical below</source>
        <translation>Доля попаданий в кэш: критично ниже</translation>
    </message>
    <message>
        <source>Judge the cache after</source>
        <translation>Оценивать кэш после</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>блоков</translation>
    </message>
    <message>
        <source>Vacuum: at least</source>
        <translation>Очистка: не менее</translation>
    </message>
    <message>
        <source>dead rows</source>
        <translation>мёртвых строк</translation>
    </message>
    <message>
        <source>Dead rows: warning above</source>
        <translation>Мёртвые строки: предупреждение выше</translation>
    </message>
    <message>
        <source>Dead rows: critical above</source>
        <translation>Мёртвые строки: критично выше</translation>
    </message>
    <message>
        <source>Analyze: at least</source>
        <translation>Analyze: не менее</translation>
    </message>
    <message>
        <source>changed rows</source>
        <translation>изменённых строк</translation>
    </message>
    <message>
        <source>Changed since analyze: warning above</source>
        <translation>Изменено после analyze: предупреждение выше</translation>
    </message>
    <message>
        <source>Transaction ID age: warning from</source>
        <translation>Возраст ID транзакции: предупреждение от</translation>
    </message>
    <message>
        <source>XIDs</source>
        <translation>XID</translation>
    </message>
    <message>
        <source>Transaction ID age: critical from</source>
        <translation>Возраст ID транзакции: критично от</translation>
    </message>
    <message>
        <source>Running query: warning after</source>
        <translation>Выполнение запроса: предупреждение после</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Running query: critical after</source>
        <translation>Выполнение запроса: критично после</translation>
    </message>
    <message>
        <source>Open transaction: warning after</source>
        <translation>Открытая транзакция: предупреждение после</translation>
    </message>
    <message>
        <source>Open transaction: critical after</source>
        <translation>Открытая транзакция: критично после</translation>
    </message>
    <message>
        <source>Idle in transaction: warning after</source>
        <translation>Простой в транзакции: предупреждение после</translation>
    </message>
    <message>
        <source>Idle in transaction: critical after</source>
        <translation>Простой в транзакции: критично после</translation>
    </message>
    <message>
        <source>Connections used: warning from</source>
        <translation>Занято подключений: предупреждение от</translation>
    </message>
    <message>
        <source>Connections used: critical from</source>
        <translation>Занято подключений: критично от</translation>
    </message>
    <message>
        <source>Sequence used: warning from</source>
        <translation>Использование последовательности: предупреждение от</translation>
    </message>
    <message>
        <source>Sequence used: critical from</source>
        <translation>Использование последовательности: критично от</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 должно быть от %2 до %3</translation>
    </message>
    <message>
        <source>unknown threshold &quot;%1&quot;</source>
        <translation>неизвестный порог &quot;%1&quot;</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n критическая</numerusform>
            <numerusform>%n критические</numerusform>
            <numerusform>%n критических</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>xmin horizon</source>
        <translation>Горизонт xmin</translation>
    </message>
    <message>
        <source>What keeps VACUUM from removing dead rows: old transactions, snapshots, slots, prepared transactions, standby feedback.</source>
        <translation>Что не даёт VACUUM убрать мёртвые строки: старые транзакции, снимки, слоты, подготовленные транзакции, обратная связь от реплик.</translation>
    </message>
    <message>
        <source>holds the horizon %1 transactions back%2; %3</source>
        <translation>удерживает горизонт на %1 транзакций назад%2; %3</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> в течение %1</translation>
    </message>
    <message>
        <source>Nothing holds the xmin horizon back beyond the limits.</source>
        <translation>Ничто не удерживает горизонт xmin сверх пределов.</translation>
    </message>
    <message>
        <source>Autovacuum backlog</source>
        <translation>Очередь autovacuum</translation>
    </message>
    <message>
        <source>Tables past their autovacuum threshold that have not been vacuumed for a while, and tables past their anti-wraparound age.</source>
        <translation>Таблицы, превысившие порог autovacuum и давно не очищавшиеся, и таблицы, превысившие возраст защиты от переполнения.</translation>
    </message>
    <message>
        <source>%1 dead tuples against a threshold of %2, %3</source>
        <translation>%1 мёртвых кортежей при пороге %2, %3</translation>
    </message>
    <message>
        <source>last vacuumed %1 min ago</source>
        <translation>очищалась %1 мин назад</translation>
    </message>
    <message>
        <source>never vacuumed</source>
        <translation>никогда не очищалась</translation>
    </message>
    <message>
        <source> (autovacuum is disabled for it)</source>
        <translation> (autovacuum для неё отключён)</translation>
    </message>
    <message>
        <source>age %1 is past autovacuum_freeze_max_age %2: an anti-wraparound vacuum is due</source>
        <translation>возраст %1 больше autovacuum_freeze_max_age %2: пора выполнить очистку против переполнения</translation>
    </message>
    <message>
        <source>Autovacuum keeps up with every table.</source>
        <translation>Autovacuum успевает за всеми таблицами.</translation>
    </message>
</context>
<context>
    <name>history::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>pgdba role</source>
        <translation>Роль pgdba</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Логин ОС</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Target user</source>
        <translation>Чей сеанс</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
</context>
<context>
    <name>history::Store</name>
    <message>
        <source>The Qt Sql driver %1 is not installed (for SQLite: libqt6sql6-sqlite).</source>
        <translation>Драйвер Qt Sql %1 не установлен (для SQLite: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history store %1 has schema version %2, newer than this pgdba (%3).</source>
        <translation>Хранилище истории %1 имеет версию схемы %2, новее, чем у этого pgdba (%3).</translation>
    </message>
    <message>
        <source>pid %1 on %2, recording since %3</source>
        <translation>pid %1 на %2, запись с %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>pgdba: unknown command &apos;%1&apos;. Commands:</source>
        <translation>pgdba: неизвестная команда &apos;%1&apos;. Команды:</translation>
    </message>
    <message>
        <source>pgdba: a PostgreSQL DBA console.</source>
        <translation>pgdba: консоль администратора PostgreSQL.</translation>
    </message>
    <message>
        <source>Connect to this server at start.</source>
        <translation>Подключиться к этому серверу при запуске.</translation>
    </message>
    <message>
        <source>Render the window offscreen to a PNG once data has arrived, then exit.</source>
        <translation>Отрисовать окно в PNG без экрана, когда придут данные, и выйти.</translation>
    </message>
    <message>
        <source>Page to show (overview, activity, ...).</source>
        <translation>Показать страницу (overview, activity, ...).</translation>
    </message>
    <message>
        <source>Show a plan file (JSON or text) in the Explain page.</source>
        <translation>Показать файл плана (JSON или текст) на странице «План».</translation>
    </message>
    <message>
        <source>A plan file to show (as --plan).</source>
        <translation>Файл плана для показа (как --plan).</translation>
    </message>
    <message>
        <source>Language: en, ru (default: the system locale).</source>
        <translation>Язык: en, ru (по умолчанию — локаль системы).</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Размер окна для --screenshot.</translation>
    </message>
    <message>
        <source>Usage: pgdba [--dsn DSN] [--page NAME] [--screenshot FILE [--size WxH]] [PLANFILE]
       pgdba &lt;command&gt; [options]   (pgdba &lt;command&gt; --help for details)

pgdba: a PostgreSQL DBA console.

Options:
  --dsn DSN          connect at start (URI, conninfo or service; PG* variables apply)
  --ssh USER@HOST[:PORT]  with --dsn: through an SSH tunnel (--ssh-key FILE, --ssh-jump USER@HOST)
  --page NAME        page to show
  --plan FILE        show a plan file (JSON or text) in the Explain page
  PLANFILE           the same as --plan PLANFILE
  --screenshot FILE  render the window offscreen to a PNG once data arrived, then exit
  --size WxH         window size for --screenshot (default 1400x860)
  --lang LANG        language: en, ru (default: the system locale, LANG/LC_MESSAGES)
  --version          print the version

Commands:
</source>
        <translation>Использование: pgdba [--dsn DSN] [--page ИМЯ] [--screenshot ФАЙЛ [--size ШxВ]] [ФАЙЛ_ПЛАНА]
       pgdba &lt;команда&gt; [параметры]   (подробности: pgdba &lt;команда&gt; --help)

pgdba: консоль администратора PostgreSQL.

Параметры:
  --dsn DSN          подключиться при запуске (URI, conninfo или сервис; учитываются переменные PG*)
  --ssh USER@HOST[:PORT]  вместе с --dsn: через SSH-туннель (--ssh-key ФАЙЛ, --ssh-jump USER@HOST)
  --page ИМЯ         какую страницу показать
  --plan ФАЙЛ        показать файл плана (JSON или текст) на странице плана
  ФАЙЛ_ПЛАНА         то же, что --plan ФАЙЛ_ПЛАНА
  --screenshot ФАЙЛ  отрисовать окно без экрана в PNG, когда придут данные, и выйти
  --size ШxВ         размер окна для --screenshot (по умолчанию 1400x860)
  --lang ЯЗЫК        язык: en, ru (по умолчанию — локаль системы, LANG/LC_MESSAGES)
  --version          показать версию

Команды:
</translation>
    </message>
    <message>
        <source>Light or dark for this run: system, light or dark.</source>
        <translation>Светлая или тёмная тема на этот запуск: system, light или dark.</translation>
    </message>
</context>
<context>
    <name>migrate::Baseline</name>
    <message>
        <source>table %1</source>
        <translation>таблица %1</translation>
    </message>
    <message>
        <source>index %1 (%2)</source>
        <translation>индекс %1 (%2)</translation>
    </message>
</context>
<context>
    <name>migrate::BuildProgress</name>
    <message>
        <source> · blocks %1 / %2</source>
        <translation> · блоки %1 / %2</translation>
    </message>
    <message>
        <source> · tuples %1 / %2</source>
        <translation> · кортежи %1 / %2</translation>
    </message>
    <message>
        <source> · waiting for %1 of %2 transactions (pid %3)</source>
        <translation> · ожидание %1 из %2 транзакций (pid %3)</translation>
    </message>
</context>
<context>
    <name>migrate::Check</name>
    <message>
        <source>pass</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>info</source>
        <translation>инфо</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>предупр.</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>migrate::IndexRequest</name>
    <message>
        <source>Index %1 on %2 (from a plan finding)</source>
        <translation>Индекс %1 на %2 (из замечания к плану)</translation>
    </message>
</context>
<context>
    <name>migrate::MigrationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Применена</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>Кем применена</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>migrate::RunLock</name>
    <message>
        <source>pid %1 (%2, %3 from %4, connected since %5, %6)</source>
        <translation>pid %1 (%2, %3 с %4, подключён с %5, %6)</translation>
    </message>
    <message>
        <source>no application name</source>
        <translation>нет имени приложения</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>состояние неизвестно</translation>
    </message>
    <message>
        <source>the migration connection is not open</source>
        <translation>подключение для миграций не открыто</translation>
    </message>
</context>
<context>
    <name>migrate::Runner</name>
    <message>
        <source>Cancel requested.</source>
        <translation>Запрошена отмена.</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Прогон уже выполняется.</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Нечего выполнять.</translation>
    </message>
    <message>
        <source>The migration connection is not open.</source>
        <translation>Подключение для миграций не открыто.</translation>
    </message>
    <message>
        <source>Could not take the migration run lock: %1</source>
        <translation>Не удалось взять блокировку прогона миграций: %1</translation>
    </message>
    <message>
        <source>Another migration run is in progress on this database: %1. Nothing was run.</source>
        <translation>В этой базе уже идёт другой прогон миграций: %1. Ничего не выполнено.</translation>
    </message>
    <message>
        <source>a session that just ended</source>
        <translation>только что завершившийся сеанс</translation>
    </message>
    <message>
        <source>Could not prepare the session: %1</source>
        <translation>Не удалось подготовить сеанс: %1</translation>
    </message>
    <message>
        <source>Connected as %1 (backend pid %2), lock_timeout %3 ms.</source>
        <translation>Подключено как %1 (серверный процесс pid %2), lock_timeout %3 мс.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>%1 cannot be split into statements: %2 (line %3)</source>
        <translation>%1 не удаётся разбить на команды: %2 (строка %3)</translation>
    </message>
    <message>
        <source>== %1 %2 — %3</source>
        <translation>== %1 %2 — %3</translation>
    </message>
    <message>
        <source>in one transaction</source>
        <translation>в одной транзакции</translation>
    </message>
    <message>
        <source>statement by statement, outside transactions</source>
        <translation>команда за командой, вне транзакций</translation>
    </message>
    <message>
        <source>BEGIN failed: %1</source>
        <translation>BEGIN не выполнен: %1</translation>
    </message>
    <message>
        <source>COMMIT failed: %1</source>
        <translation>COMMIT не выполнен: %1</translation>
    </message>
    <message>
        <source>Rolled back: nothing of %1 stays applied.</source>
        <translation>Откачено: из %1 ничего не осталось применённым.</translation>
    </message>
    <message>
        <source>Recorded %1 in the version table.</source>
        <translation>%1 записана в таблицу версий.</translation>
    </message>
    <message>
        <source>Removed %1 from the version table.</source>
        <translation>%1 удалена из таблицы версий.</translation>
    </message>
    <message>
        <source>Cancelled before %1.</source>
        <translation>Отменено до %1.</translation>
    </message>
    <message>
        <source>✓ %1 ms</source>
        <translation>✓ %1 мс</translation>
    </message>
    <message>
        <source>Cancelled during %1.</source>
        <translation>Отменено во время %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was recorded; an INVALID index the build may have left is found by the next preflight.</source>
        <translation>Подключение к серверу потеряно, поэтому ничего не записано; индекс INVALID, который могло оставить построение, найдёт следующая предварительная проверка.</translation>
    </message>
    <message>
        <source>Connection lost: no clean-up possible from here.</source>
        <translation>Подключение потеряно: отсюда убрать ничего нельзя.</translation>
    </message>
    <message>
        <source>INVALID index %1 was there before this run&apos;s statement: it is not this run&apos;s and is left alone.</source>
        <translation>Индекс INVALID %1 был до команды этого прогона: он не из этого прогона и остаётся как есть.</translation>
    </message>
    <message>
        <source>Cleaning up: the failed build left INVALID index %1 (OID %2, built by this run); dropping it.</source>
        <translation>Уборка: неудачное построение оставило индекс INVALID %1 (OID %2, создан этим прогоном); он удаляется.</translation>
    </message>
    <message>
        <source>Could not drop %1: %2 (the next preflight offers it again).</source>
        <translation>Не удалось удалить %1: %2 (следующая предварительная проверка предложит это снова).</translation>
    </message>
    <message>
        <source>INVALID index %1 could not be dropped: %2</source>
        <translation>Индекс INVALID %1 не удалось удалить: %2</translation>
    </message>
    <message>
        <source>Dropped INVALID index %1.</source>
        <translation>Индекс INVALID %1 удалён.</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>Верификация не выполнена: %1</translation>
    </message>
    <message>
        <source>   verify %1: %2</source>
        <translation>   проверка %1: %2</translation>
    </message>
    <message>
        <source>Verification failed: %1. The version is not recorded.</source>
        <translation>Верификация не пройдена: %1. Версия не записана.</translation>
    </message>
    <message>
        <source>One-off migration: verified; not recorded (it has no file).</source>
        <translation>Разовая миграция: проверена; не записана (у неё нет файла).</translation>
    </message>
    <message>
        <source>Could not update the version table: %1</source>
        <translation>Не удалось обновить таблицу версий: %1</translation>
    </message>
</context>
<context>
    <name>migrate::Verifier</name>
    <message>
        <source>valid and ready</source>
        <translation>рабочий и готов</translation>
    </message>
</context>
<context>
    <name>migrate_Catalog</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1: not a migration file name (expected NNN_name.up.sql or NNN_name.down.sql)</source>
        <translation>%1: не имя файла миграции (ожидается NNN_name.up.sql или NNN_name.down.sql)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: не читается</translation>
    </message>
    <message>
        <source>%1: version %2 is already used by %3; neither is applied until one is renumbered</source>
        <translation>%1: версия %2 уже занята %3; ни одна не применяется, пока одну не перенумеруют</translation>
    </message>
    <message>
        <source>%1: has a down file but no up file</source>
        <translation>%1: есть файл down, но нет файла up</translation>
    </message>
    <message>
        <source>%1 and %2 have the same version number</source>
        <translation>%1 и %2 имеют одинаковый номер версии</translation>
    </message>
    <message>
        <source>built-in (sql/migrations)</source>
        <translation>встроенная (sql/migrations)</translation>
    </message>
</context>
<context>
    <name>migrate_HotQueries</name>
    <message>
        <source> · cost %1</source>
        <translation> · стоимость %1</translation>
    </message>
    <message>
        <source>%1 → %2 ms (×%3)</source>
        <translation>%1 → %2 мс (×%3)</translation>
    </message>
    <message>
        <source>cost %1 → %2 (×%3)</source>
        <translation>стоимость %1 → %2 (×%3)</translation>
    </message>
    <message>
        <source>same access path; %1</source>
        <translation>тот же путь доступа; %1</translation>
    </message>
    <message>
        <source>%1 → %2; %3</source>
        <translation>%1 → %2; %3</translation>
    </message>
    <message>
        <source>Seq Scan</source>
        <translation>Seq Scan</translation>
    </message>
    <message>
        <source>List new orders</source>
        <translation>Список новых заказов</translation>
    </message>
    <message>
        <source>List view by status</source>
        <translation>Список по статусу</translation>
    </message>
    <message>
        <source>Active orders, newest first</source>
        <translation>Активные заказы, сначала новые</translation>
    </message>
    <message>
        <source>Get one order</source>
        <translation>Один заказ</translation>
    </message>
    <message>
        <source>Claim an order (FOR UPDATE SKIP LOCKED)</source>
        <translation>Захват заказа (FOR UPDATE SKIP LOCKED)</translation>
    </message>
    <message>
        <source>Claim the next claimable order</source>
        <translation>Захват следующего доступного заказа</translation>
    </message>
    <message>
        <source>A courier&apos;s orders</source>
        <translation>Заказы курьера</translation>
    </message>
    <message>
        <source>Orders of the last day</source>
        <translation>Заказы за последние сутки</translation>
    </message>
    <message>
        <source>An order&apos;s events</source>
        <translation>События заказа</translation>
    </message>
    <message>
        <source>Events of the last hour</source>
        <translation>События за последний час</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>нет плана</translation>
    </message>
    <message>
        <source>not applicable: the demo tables orders and order_events are not in this database</source>
        <translation>неприменимо: демонстрационных таблиц orders и order_events нет в этой базе</translation>
    </message>
    <message>
        <source>no sample row for its parameter</source>
        <translation>нет строки-образца для параметра</translation>
    </message>
    <message>
        <source>HypoPG returned nothing</source>
        <translation>HypoPG ничего не вернул</translation>
    </message>
    <message>
        <source> (hypothetical)</source>
        <translation> (гипотетический)</translation>
    </message>
    <message numerus="yes">
        <source>%n hypothetical index(es); nothing was built.</source>
        <translation>
            <numerusform>%n гипотетический индекс; ничего не построено.</numerusform>
            <numerusform>%n гипотетических индекса; ничего не построено.</numerusform>
            <numerusform>%n гипотетических индексов; ничего не построено.</numerusform>
        </translation>
    </message>
    <message>
        <source>HypoPG could not model: %1</source>
        <translation>HypoPG не смог смоделировать: %1</translation>
    </message>
</context>
<context>
    <name>migrate_IndexCheck</name>
    <message>
        <source>index on %1</source>
        <translation>индекс по %1</translation>
    </message>
    <message>
        <source>Table %1 is created earlier in this run</source>
        <translation>Таблица %1 создаётся раньше в этом прогоне</translation>
    </message>
    <message>
        <source>Checks that read the table (columns, dry run, duplicates, sizes) are skipped; PostgreSQL checks the statement when it runs.</source>
        <translation>Проверки, читающие таблицу (столбцы, пробный запуск, дубликаты, размеры), пропущены; PostgreSQL проверит команду при выполнении.</translation>
    </message>
    <message>
        <source>Could not read table %1</source>
        <translation>Не удалось прочитать таблицу %1</translation>
    </message>
    <message>
        <source>Table %1 does not exist</source>
        <translation>Таблица %1 не существует</translation>
    </message>
    <message>
        <source>The statement names a table that is not in this database (search_path applies).</source>
        <translation>Команда называет таблицу, которой нет в этой базе (с учётом search_path).</translation>
    </message>
    <message>
        <source>%1 is not a table (relkind %2) and cannot be indexed</source>
        <translation>%1 — не таблица (relkind %2), её нельзя индексировать</translation>
    </message>
    <message>
        <source>Role %1 does not own table %2</source>
        <translation>Роль %1 не владеет таблицей %2</translation>
    </message>
    <message>
        <source>CREATE INDEX needs the table&apos;s owner (&quot;%1&quot;) or a member of that role; connect as the owner or GRANT &quot;%1&quot; TO &quot;%2&quot;.</source>
        <translation>CREATE INDEX требует владельца таблицы (&quot;%1&quot;) или члена этой роли; подключитесь как владелец или выполните GRANT &quot;%1&quot; TO &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Table %1.%2 exists (≈%3 rows, %4)</source>
        <translation>Таблица %1.%2 существует (≈%3 строк, %4)</translation>
    </message>
    <message>
        <source>Column(s) %1 do not exist in %2</source>
        <translation>Столбцов %1 нет в %2</translation>
    </message>
    <message>
        <source>Every key and INCLUDE column must be a column of the table.</source>
        <translation>Каждый ключевой и INCLUDE-столбец должен быть столбцом таблицы.</translation>
    </message>
    <message>
        <source>Columns %1 exist</source>
        <translation>Столбцы %1 существуют</translation>
    </message>
    <message>
        <source>The predicate uses %1, which is not IMMUTABLE</source>
        <translation>Предикат использует %1, которая не IMMUTABLE</translation>
    </message>
    <message>
        <source>PostgreSQL rejects an index predicate with functions that are not IMMUTABLE (42P17): the predicate is evaluated once, when a row is written, so a moving window such as &quot;the last hour&quot; cannot be indexed. Index the column without a predicate (a B-tree serves &quot;the last hour&quot; by reading its newest range) or use a constant cutoff.</source>
        <translation>PostgreSQL отвергает предикат индекса с функциями, которые не IMMUTABLE (42P17): предикат вычисляется один раз, при записи строки, поэтому скользящее окно вроде «последнего часа» проиндексировать нельзя. Индексируйте столбец без предиката (B-дерево обслужит «последний час», читая свой новейший диапазон) или используйте постоянную границу.</translation>
    </message>
    <message>
        <source>Partial-index predicate uses only immutable expressions</source>
        <translation>Предикат частичного индекса использует только неизменяемые выражения</translation>
    </message>
    <message>
        <source>PostgreSQL rejects the statement: %1</source>
        <translation>PostgreSQL отвергает команду: %1</translation>
    </message>
    <message>
        <source>Tried on an empty copy of %1 in a transaction that was rolled back. %2</source>
        <translation>Опробовано на пустой копии %1 в транзакции, которая была откачена. %2</translation>
    </message>
    <message>
        <source>Dry run on an empty copy of %1: PostgreSQL accepts it</source>
        <translation>Пробный запуск на пустой копии %1: PostgreSQL принимает команду</translation>
    </message>
    <message>
        <source>PostgreSQL reads it as: %1</source>
        <translation>PostgreSQL понимает её так: %1</translation>
    </message>
    <message>
        <source>Index %1 is being built right now by pid %2</source>
        <translation>Индекс %1 прямо сейчас строится процессом pid %2</translation>
    </message>
    <message>
        <source>Another session runs CREATE INDEX CONCURRENTLY for it; wait for it to finish.</source>
        <translation>Другой сеанс выполняет для него CREATE INDEX CONCURRENTLY; дождитесь завершения.</translation>
    </message>
    <message>
        <source>INVALID index %1 is left from an interrupted build</source>
        <translation>Индекс INVALID %1 остался от прерванного построения</translation>
    </message>
    <message>
        <source>IF NOT EXISTS would keep it INVALID and never used; drop it (DROP INDEX CONCURRENTLY) and build again. Definition: %1</source>
        <translation>IF NOT EXISTS оставит его INVALID и неиспользуемым; удалите его (DROP INDEX CONCURRENTLY) и постройте заново. Определение: %1</translation>
    </message>
    <message>
        <source>Index %1 already exists with the same definition</source>
        <translation>Индекс %1 с таким же определением уже существует</translation>
    </message>
    <message>
        <source>IF NOT EXISTS skips it; it is verified like the others.</source>
        <translation>IF NOT EXISTS его пропустит; он проверяется, как и остальные.</translation>
    </message>
    <message>
        <source>Without IF NOT EXISTS the statement fails.</source>
        <translation>Без IF NOT EXISTS команда завершится ошибкой.</translation>
    </message>
    <message>
        <source>An index named %1 exists with another definition</source>
        <translation>Индекс с именем %1 существует с другим определением</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>IF NOT EXISTS would silently keep it.</source>
        <translation>IF NOT EXISTS молча оставит его.</translation>
    </message>
    <message>
        <source>the statement would fail.</source>
        <translation>команда завершится ошибкой.</translation>
    </message>
    <message>
        <source>Index %1 already has this definition: %2 would be a duplicate</source>
        <translation>У индекса %1 уже такое определение: %2 будет дубликатом</translation>
    </message>
    <message>
        <source>%1 (%2). Two equivalent indexes double the write cost and the disk space; the planner uses one of them.</source>
        <translation>%1 (%2). Два равнозначных индекса удваивают стоимость записи и место на диске; планировщик использует один из них.</translation>
    </message>
    <message>
        <source>%1 would make index %2 redundant</source>
        <translation>%1 сделает индекс %2 избыточным</translation>
    </message>
    <message>
        <source>%2 covers (%1), a prefix of the new key; after the build %2 can probably be dropped.</source>
        <translation>%2 покрывает (%1) — префикс нового ключа; после построения %2, вероятно, можно удалить.</translation>
    </message>
    <message>
        <source>Index %1 already starts with these columns</source>
        <translation>Индекс %1 уже начинается с этих столбцов</translation>
    </message>
    <message>
        <source>%1 (%2) serves lookups on (%3) too; the new index pays off only if it is much smaller or covers more.</source>
        <translation>%1 (%2) обслуживает и поиск по (%3); новый индекс окупится, только если он намного меньше или покрывает больше.</translation>
    </message>
    <message>
        <source>No index named %1 yet</source>
        <translation>Индекса с именем %1 пока нет</translation>
    </message>
    <message>
        <source>HypoPG estimate</source>
        <translation>оценка HypoPG</translation>
    </message>
    <message>
        <source>estimate from row count and column widths</source>
        <translation>оценка по числу строк и ширине столбцов</translation>
    </message>
    <message>
        <source>%1 has never been analyzed</source>
        <translation>%1 ещё ни разу не анализировалась</translation>
    </message>
    <message>
        <source>Row counts, sizes and plans are guesses until ANALYZE %1 runs.</source>
        <translation>Число строк, размеры и планы — догадки, пока не выполнен ANALYZE %1.</translation>
    </message>
    <message>
        <source>Expected index size ≈ %1 (%2); table %3 is %4 (%5 with indexes and TOAST)</source>
        <translation>Ожидаемый размер индекса ≈ %1 (%2); таблица %3 — %4 (%5 с индексами и TOAST)</translation>
    </message>
    <message>
        <source>The build reads the whole table%1 and needs about this much free disk space.</source>
        <translation>Построение читает всю таблицу%1, и ему нужно примерно столько свободного места на диске.</translation>
    </message>
    <message>
        <source> twice</source>
        <translation> дважды</translation>
    </message>
    <message>
        <source>No statistics for %1.%2: BRIN correlation unknown</source>
        <translation>Нет статистики для %1.%2: корреляция для BRIN неизвестна</translation>
    </message>
    <message>
        <source>Run ANALYZE %1 to see whether the column follows the physical order.</source>
        <translation>Выполните ANALYZE %1, чтобы узнать, следует ли столбец физическому порядку.</translation>
    </message>
    <message>
        <source>%1 correlates poorly with the physical row order (%2)</source>
        <translation>%1 плохо коррелирует с физическим порядком строк (%2)</translation>
    </message>
    <message>
        <source>A BRIN index stores min/max per block range; with low correlation most ranges match every query and the index barely filters. A B-tree fits better.</source>
        <translation>Индекс BRIN хранит min/max на диапазон блоков; при низкой корреляции большинство диапазонов подходят любому запросу, и индекс почти не фильтрует. Лучше подойдёт B-дерево.</translation>
    </message>
    <message>
        <source>%1 follows the physical row order (correlation %2): BRIN fits</source>
        <translation>%1 следует физическому порядку строк (корреляция %2): BRIN подходит</translation>
    </message>
    <message>
        <source>The statement waits for them up to the lock timeout, then gives up.</source>
        <translation>Команда ждёт их до истечения тайм-аута блокировки, затем сдаётся.</translation>
    </message>
</context>
<context>
    <name>migrate_Plan</name>
    <message>
        <source>%1 is already applied.</source>
        <translation>%1 уже применена.</translation>
    </message>
    <message>
        <source>There is no migration %1 in this folder.</source>
        <translation>Миграции %1 в этой папке нет.</translation>
    </message>
    <message>
        <source>Nothing to apply: every migration is applied.</source>
        <translation>Применять нечего: все миграции применены.</translation>
    </message>
    <message>
        <source>There is no migration %1 in this folder or in the version table.</source>
        <translation>Миграции %1 нет ни в этой папке, ни в таблице версий.</translation>
    </message>
    <message>
        <source>%1 is not applied; there is nothing to roll back.</source>
        <translation>%1 не применена; откатывать нечего.</translation>
    </message>
    <message>
        <source>%1 is recorded but has no file here, so it cannot be rolled back.</source>
        <translation>%1 записана, но файла здесь нет, поэтому её нельзя откатить.</translation>
    </message>
    <message>
        <source>%1 has no down file.</source>
        <translation>У %1 нет файла down.</translation>
    </message>
</context>
<context>
    <name>migrate_Preflight</name>
    <message>
        <source>run</source>
        <translation>выполнить</translation>
    </message>
    <message>
        <source>Nothing to run</source>
        <translation>Нечего выполнять</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>Could not prepare the session</source>
        <translation>Не удалось подготовить сеанс</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s facts</source>
        <translation>Не удалось прочитать сведения о сервере</translation>
    </message>
    <message>
        <source>The server is a standby (in recovery)</source>
        <translation>Сервер — реплика (в режиме восстановления)</translation>
    </message>
    <message>
        <source>A standby is read-only; run migrations on the primary.</source>
        <translation>Реплика доступна только для чтения; выполняйте миграции на ведущем.</translation>
    </message>
    <message>
        <source>The file cannot be split into statements: %1 (line %2)</source>
        <translation>Файл не удаётся разбить на команды: %1 (строка %2)</translation>
    </message>
    <message>
        <source>The file controls transactions itself (%1)</source>
        <translation>Файл сам управляет транзакциями (%1)</translation>
    </message>
    <message>
        <source>pgdba runs a &quot;transaction: yes&quot; migration in one transaction and a &quot;transaction: no&quot; one statement by statement; remove BEGIN/COMMIT from the file.</source>
        <translation>pgdba выполняет миграцию &quot;transaction: yes&quot; в одной транзакции, а &quot;transaction: no&quot; — команда за командой; уберите BEGIN/COMMIT из файла.</translation>
    </message>
    <message>
        <source>%1 cannot run inside a transaction block</source>
        <translation>%1 нельзя выполнять внутри блока транзакции</translation>
    </message>
    <message>
        <source>The header says (or defaults to) &quot;transaction: yes&quot;. Add &quot;-- transaction: no&quot; to the file&apos;s header so each statement runs on its own.</source>
        <translation>В заголовке указано (или принято по умолчанию) &quot;transaction: yes&quot;. Добавьте &quot;-- transaction: no&quot; в заголовок файла, чтобы каждая команда выполнялась отдельно.</translation>
    </message>
    <message>
        <source>Needed for CONCURRENTLY. If a statement fails, the ones before it stay applied and nothing is recorded; IF NOT EXISTS / IF EXISTS let a second run continue.</source>
        <translation>Нужно для CONCURRENTLY. Если команда завершится ошибкой, предыдущие остаются применёнными и ничего не записывается; IF NOT EXISTS / IF EXISTS позволяют продолжить при повторном прогоне.</translation>
    </message>
    <message>
        <source>The file has no statements; running it only changes the version record</source>
        <translation>В файле нет команд; выполнение лишь изменит запись о версии</translation>
    </message>
    <message>
        <source>%1: does not exist now</source>
        <translation>%1: сейчас не существует</translation>
    </message>
    <message>
        <source>Destructive: %1 %2</source>
        <translation>Разрушающая: %1 %2</translation>
    </message>
    <message>
        <source>This statement destroys data or objects that a later migration cannot bring back. It runs only after an explicit confirmation.</source>
        <translation>Эта команда уничтожает данные или объекты, которые последующая миграция не вернёт. Она выполняется только после явного подтверждения.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 does not support %2</source>
        <translation>PostgreSQL %1 не поддерживает %2</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1 supports everything used: %2</source>
        <translation>PostgreSQL %1 поддерживает всё используемое: %2</translation>
    </message>
    <message>
        <source>%1 has the same definition as %2 earlier in this run</source>
        <translation>У %1 то же определение, что у %2 ранее в этом прогоне</translation>
    </message>
    <message>
        <source>Table %1 already exists</source>
        <translation>Таблица %1 уже существует</translation>
    </message>
    <message>
        <source>IF NOT EXISTS skips it.</source>
        <translation>IF NOT EXISTS её пропустит.</translation>
    </message>
    <message>
        <source>The schema is there but this migration is not recorded: it was made outside pgdba (e.g. by pgdba demo init or by hand). If it matches the file, record it without running it: &quot;Mark as applied…&quot; on the Migrations page, or pgdba migrate baseline VERSION.</source>
        <translation>Схема есть, но эта миграция не записана: она создана вне pgdba (например, pgdba demo init или вручную). Если она соответствует файлу, запишите её без выполнения: «Отметить как применённую…» на странице «Миграции» или pgdba migrate baseline ВЕРСИЯ.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY drops one index per statement</source>
        <translation>DROP INDEX CONCURRENTLY удаляет один индекс за команду</translation>
    </message>
    <message>
        <source>Could not look up index %1</source>
        <translation>Не удалось найти индекс %1</translation>
    </message>
    <message>
        <source>Index %1 does not exist</source>
        <translation>Индекс %1 не существует</translation>
    </message>
    <message>
        <source>IF EXISTS skips it.</source>
        <translation>IF EXISTS его пропустит.</translation>
    </message>
    <message>
        <source>Without IF EXISTS the statement fails.</source>
        <translation>Без IF EXISTS команда завершится ошибкой.</translation>
    </message>
    <message>
        <source>Index %1 backs constraint %2</source>
        <translation>Индекс %1 обеспечивает ограничение %2</translation>
    </message>
    <message>
        <source>DROP INDEX refuses it; drop the constraint with ALTER TABLE instead.</source>
        <translation>DROP INDEX откажет; удалите ограничение через ALTER TABLE.</translation>
    </message>
    <message>
        <source>Index %1 on %2 will be dropped (%3)</source>
        <translation>Индекс %1 на %2 будет удалён (%3)</translation>
    </message>
    <message>
        <source>Extension %1 is not available on this server</source>
        <translation>Расширение %1 недоступно на этом сервере</translation>
    </message>
    <message>
        <source>Install the package that provides it.</source>
        <translation>Установите пакет, который его предоставляет.</translation>
    </message>
    <message>
        <source>Extension %1 %2 is already installed</source>
        <translation>Расширение %1 %2 уже установлено</translation>
    </message>
    <message>
        <source>Without IF NOT EXISTS the statement fails.</source>
        <translation>Без IF NOT EXISTS команда завершится ошибкой.</translation>
    </message>
    <message>
        <source>Creating extension %1 needs a superuser</source>
        <translation>Для создания расширения %1 нужен суперпользователь</translation>
    </message>
    <message>
        <source>Role %1 is not a superuser and %2 is not a trusted extension.</source>
        <translation>Роль %1 — не суперпользователь, а %2 — не доверенное расширение.</translation>
    </message>
    <message>
        <source>Extension %1 %2 will be created</source>
        <translation>Будет создано расширение %1 %2</translation>
    </message>
    <message>
        <source>pg_stat_statements is not in shared_preload_libraries</source>
        <translation>pg_stat_statements нет в shared_preload_libraries</translation>
    </message>
    <message>
        <source>The extension can be created, but its view fails until the library is preloaded: ALTER SYSTEM SET shared_preload_libraries = &apos;pg_stat_statements&apos; and restart.</source>
        <translation>Расширение можно создать, но его представление не будет работать, пока библиотека не загружена заранее: ALTER SYSTEM SET shared_preload_libraries = &apos;pg_stat_statements&apos; и перезапуск.</translation>
    </message>
    <message>
        <source>Index %1 is being built by pid %2</source>
        <translation>Индекс %1 строится процессом pid %2</translation>
    </message>
    <message>
        <source>INVALID index %1 on %2 (left by an interrupted build)</source>
        <translation>Индекс INVALID %1 на %2 (остался от прерванного построения)</translation>
    </message>
    <message>
        <source>A concurrent build waits until every older transaction ends; after the lock timeout (%1) it gives up and pgdba drops the INVALID index it leaves. End or wait for these first (Activity page).</source>
        <translation>Параллельное построение ждёт завершения всех более старых транзакций; после тайм-аута блокировки (%1) оно сдаётся, и pgdba удаляет оставленный им индекс INVALID. Сначала завершите их или дождитесь (страница «Активность»).</translation>
    </message>
    <message>
        <source>Statements that need a lock these sessions hold wait up to the lock timeout.</source>
        <translation>Команды, которым нужна блокировка, удерживаемая этими сеансами, ждут до тайм-аута блокировки.</translation>
    </message>
    <message>
        <source>pid %1 · %2 · %3 · open %4 · %5</source>
        <translation>pid %1 · %2 · %3 · открыта %4 · %5</translation>
    </message>
    <message>
        <source>No transaction open longer than %1 s</source>
        <translation>Нет транзакций, открытых дольше %1 с</translation>
    </message>
    <message>
        <source>lock_timeout = %1 for this run</source>
        <translation>lock_timeout = %1 для этого прогона</translation>
    </message>
    <message>
        <source>A statement that waits longer than this for a lock gives up, so the sessions queued behind it (writers) never wait longer. CONCURRENTLY builds take only SHARE UPDATE EXCLUSIVE: inserts and updates go on during the build.</source>
        <translation>Команда, ждущая блокировку дольше этого, сдаётся, поэтому сеансы в очереди за ней (пишущие) никогда не ждут дольше. Построения CONCURRENTLY берут только SHARE UPDATE EXCLUSIVE: вставки и обновления продолжаются во время построения.</translation>
    </message>
    <message>
        <source>HypoPG is installed: plans with hypothetical indexes are shown before building</source>
        <translation>HypoPG установлен: планы с гипотетическими индексами показываются до построения</translation>
    </message>
    <message>
        <source>HypoPG is not installed in this database: no hypothetical plans</source>
        <translation>HypoPG не установлен в этой базе: гипотетических планов не будет</translation>
    </message>
    <message>
        <source>CREATE EXTENSION hypopg enables cost estimates before a build.</source>
        <translation>CREATE EXTENSION hypopg даёт оценки стоимости до построения.</translation>
    </message>
</context>
<context>
    <name>migrate_Status</name>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>применена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>расхождение</translation>
    </message>
    <message>
        <source>applied, file missing</source>
        <translation>применена, файла нет</translation>
    </message>
    <message>
        <source>The file changed after it was applied (recorded checksum %1…, file %2…).</source>
        <translation>Файл изменён после применения (записанная контрольная сумма %1…, файл %2…).</translation>
    </message>
    <message>
        <source>Applied %1 by %2.</source>
        <translation>Применена %1, кем: %2.</translation>
    </message>
    <message>
        <source>Not recorded; an interrupted build left INVALID index(es) %1.</source>
        <translation>Не записана; прерванное построение оставило индекс(ы) INVALID %1.</translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation>Не применена.</translation>
    </message>
    <message>
        <source>Recorded in the database, but the folder has no file for version %1.</source>
        <translation>Записана в базе, но в папке нет файла для версии %1.</translation>
    </message>
</context>
<context>
    <name>migrate_Verifier</name>
    <message>
        <source>still present</source>
        <translation>всё ещё есть</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>INVALID (ready, not valid)</source>
        <translation>INVALID (готов, не рабочий)</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <source>valid, not ready</source>
        <translation>рабочий, не готов</translation>
    </message>
    <message>
        <source>valid and ready, %1</source>
        <translation>рабочий и готов, %1</translation>
    </message>
</context>
<context>
    <name>monitor::ActivityCollector</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>activity summary: no row</source>
        <translation>сводка активности: нет строки</translation>
    </message>
</context>
<context>
    <name>monitor::ActivityModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Wait event</source>
        <translation>Событие ожидания</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>XID age</source>
        <translation>Возр. XID</translation>
    </message>
    <message>
        <source>Xmin age</source>
        <translation>Возр. xmin</translation>
    </message>
    <message>
        <source>Backend type</source>
        <translation>Тип процесса</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID запроса</translation>
    </message>
    <message>
        <source>Backend start</source>
        <translation>Начало сеанса</translation>
    </message>
    <message>
        <source>Transaction start</source>
        <translation>Начало транзакции</translation>
    </message>
    <message>
        <source>Query start</source>
        <translation>Начало запроса</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Смена состояния</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Time since the current (or last) statement started</source>
        <translation>Время с начала текущего (или последнего) запроса</translation>
    </message>
    <message>
        <source>Time since the open transaction started</source>
        <translation>Время с начала открытой транзакции</translation>
    </message>
    <message>
        <source>Time since the session connected</source>
        <translation>Время с подключения сеанса</translation>
    </message>
    <message>
        <source>Waiting for a lock held (or requested first) by pid %1</source>
        <translation>Ожидает блокировку, удерживаемую (или запрошенную первой) процессом pid %1</translation>
    </message>
</context>
<context>
    <name>monitor::HealthModel</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>monitor::LockNode</name>
    <message>
        <source>waits for a lock (not seen in this refresh)</source>
        <translation>ожидает блокировку (в этом обновлении не видна)</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>a prepared transaction</source>
        <translation>подготовленная транзакция</translation>
    </message>
    <message>
        <source>; also blocked by %1</source>
        <translation>; также блокирован %1</translation>
    </message>
</context>
<context>
    <name>monitor::LockSummaryModel</name>
    <message>
        <source>%1 of %2 groups shown (the busiest) · %3 locks in all</source>
        <translation>показано групп: %1 из %2 (самые занятые) · всего блокировок %3</translation>
    </message>
    <message>
        <source>%1 groups · %2 locks in all</source>
        <translation>групп: %1 · всего блокировок %2</translation>
    </message>
    <message>
        <source>%1 (%2 prepared)</source>
        <translation>%1 (%2 подготовленных)</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4 granted, %5 waiting, in %6 transaction(s)</source>
        <translation>%1 %2 на %3: выдано %4, ожидают %5, транзакций: %6</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Relation / object</source>
        <translation>Отношение / объект</translation>
    </message>
    <message>
        <source>Lock type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Транзакции</translation>
    </message>
    <message>
        <source>Oldest transaction</source>
        <translation>Самая старая</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Приложения</translation>
    </message>
</context>
<context>
    <name>monitor::LockTreeModel</name>
    <message>
        <source>prepared transaction</source>
        <translation>подготовленная транзакция</translation>
    </message>
    <message>
        <source>prepared &apos;%1&apos;</source>
        <translation>подготовленная &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pid %1 · worker of %2</source>
        <translation>pid %1 · исполнитель %2</translation>
    </message>
    <message>
        <source>pid %1 · parallel worker</source>
        <translation>pid %1 · параллельный исполнитель</translation>
    </message>
    <message>
        <source>pid %1 · gone</source>
        <translation>pid %1 · завершён</translation>
    </message>
    <message>
        <source>pid %1 · parallel ×%2</source>
        <translation>pid %1 · параллельно ×%2</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source> · wait cycle</source>
        <translation> · цикл ожидания</translation>
    </message>
    <message>
        <source>%1 (%2 direct)</source>
        <translation>%1 (%2 напрямую)</translation>
    </message>
    <message>
        <source>pid %1 · %2</source>
        <translation>pid %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Root blocker: %n session(s) wait on it; ending it frees %1.</source>
        <translation>
            <numerusform>Корневой блокирующий: его ждёт %n сеанс; завершение освободит %1.</numerusform>
            <numerusform>Корневой блокирующий: его ждут %n сеанса; завершение освободит %1.</numerusform>
            <numerusform>Корневой блокирующий: его ждут %n сеансов; завершение освободит %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely culprit: idle in transaction for %1 while others wait.</source>
        <translation>Вероятный виновник: idle in transaction уже %1, пока другие ждут.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(no application)</source>
        <translation>(нет приложения)</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локальный</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>root blocker: ending it frees %1</source>
        <translation>корневой блокирующий: завершение освободит %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Transaction age</source>
        <translation>Возр. транз.</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блокирует</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
</context>
<context>
    <name>monitor::LocksCollector</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
</context>
<context>
    <name>monitor::StatementModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message numerus="yes">
        <source>‹%n statement(s) of role %1 in %2, text hidden›</source>
        <translation>
            <numerusform>‹%n запрос роли %1 в %2, текст скрыт›</numerusform>
            <numerusform>‹%n запроса роли %1 в %2, текст скрыт›</numerusform>
            <numerusform>‹%n запросов роли %1 в %2, текст скрыт›</numerusform>
        </translation>
    </message>
    <message>
        <source>‹query id %1›</source>
        <translation>‹id запроса %1›</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Stddev</source>
        <translation>Ст. откл.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Hit %</source>
        <translation>Попад. %</translation>
    </message>
    <message>
        <source>Shared read</source>
        <translation>Прочит. shared</translation>
    </message>
    <message>
        <source>Temp blocks</source>
        <translation>Временные блоки</translation>
    </message>
    <message>
        <source>I/O time</source>
        <translation>Время в/в</translation>
    </message>
    <message>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <source>Calls/s</source>
        <translation>Вызовов/с</translation>
    </message>
    <message>
        <source>Time ms/s</source>
        <translation>Время мс/с</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Строк/с</translation>
    </message>
    <message>
        <source>Reads/s</source>
        <translation>Чтений/с</translation>
    </message>
    <message>
        <source>Executions since the last reset</source>
        <translation>Выполнений с последнего сброса</translation>
    </message>
    <message>
        <source>Execution time since the last reset (total_exec_time)</source>
        <translation>Время выполнения с последнего сброса (total_exec_time)</translation>
    </message>
    <message>
        <source>This statement&apos;s share of all statements&apos; execution time</source>
        <translation>Доля этого запроса во времени выполнения всех запросов</translation>
    </message>
    <message>
        <source>Mean execution time (mean_exec_time); highlighted above the threshold</source>
        <translation>Среднее время выполнения (mean_exec_time); выше порога выделяется</translation>
    </message>
    <message>
        <source>Standard deviation of the execution time; pg_stat_statements keeps no percentiles</source>
        <translation>Стандартное отклонение времени выполнения; pg_stat_statements не хранит процентили</translation>
    </message>
    <message>
        <source>Planning time, when pg_stat_statements.track_planning is on</source>
        <translation>Время планирования, если включён pg_stat_statements.track_planning</translation>
    </message>
    <message>
        <source>shared_blks_hit / (shared_blks_hit + shared_blks_read)</source>
        <translation>shared_blks_hit / (shared_blks_hit + shared_blks_read)</translation>
    </message>
    <message>
        <source>Shared blocks read from the OS or disk (shared_blks_read)</source>
        <translation>Разделяемые блоки, прочитанные из ОС или с диска (shared_blks_read)</translation>
    </message>
    <message>
        <source>Temporary file blocks read and written (sorts and hashes that spilled)</source>
        <translation>Блоки временных файлов, прочитанные и записанные (сортировки и хеши, сброшенные на диск)</translation>
    </message>
    <message>
        <source>Time reading and writing blocks; needs track_io_timing = on</source>
        <translation>Время чтения и записи блоков; нужен track_io_timing = on</translation>
    </message>
    <message>
        <source>WAL generated (PostgreSQL 13+)</source>
        <translation>Сгенерированный WAL (PostgreSQL 13+)</translation>
    </message>
    <message>
        <source>Per second over the chosen window, from the differences between samples</source>
        <translation>В секунду за выбранное окно, по разности замеров</translation>
    </message>
    <message>
        <source>⇄ The plan changed at %1 (Plans tab: both plans).</source>
        <translation>⇄ План сменился %1 (вкладка «Планы»: оба плана).</translation>
    </message>
</context>
<context>
    <name>monitor::StatementsCollector</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>подключение было закрыто</translation>
    </message>
</context>
<context>
    <name>monitor::WaitEvents</name>
    <message>
        <source>Waiting for a heavyweight lock held by another session.</source>
        <translation>Ожидает тяжёлую блокировку, удерживаемую другим сеансом.</translation>
    </message>
    <message>
        <source>Waiting for an internal lock protecting shared memory (contention).</source>
        <translation>Ожидает внутреннюю блокировку, защищающую разделяемую память (конкуренция).</translation>
    </message>
    <message>
        <source>Waiting for disk input/output to complete.</source>
        <translation>Ожидает завершения дискового ввода-вывода.</translation>
    </message>
    <message>
        <source>Waiting for the client application (or network).</source>
        <translation>Ожидает клиентское приложение (или сеть).</translation>
    </message>
    <message>
        <source>Sleeping until a timeout expires.</source>
        <translation>Спит до истечения тайм-аута.</translation>
    </message>
    <message>
        <source>Waiting for another server process to do something.</source>
        <translation>Ожидает, пока другой серверный процесс что-то сделает.</translation>
    </message>
    <message>
        <source>Waiting for exclusive access to a data buffer.</source>
        <translation>Ожидает монопольного доступа к буферу данных.</translation>
    </message>
    <message>
        <source>A background process idle in its main loop.</source>
        <translation>Фоновый процесс простаивает в основном цикле.</translation>
    </message>
    <message>
        <source>Waiting inside an extension.</source>
        <translation>Ожидание внутри расширения.</translation>
    </message>
    <message>
        <source>Not waiting: running on the CPU (or idle without a wait).</source>
        <translation>Не ждёт: выполняется на процессоре (или простаивает без ожидания).</translation>
    </message>
    <message>
        <source>Waiting (%1: %2).</source>
        <translation>Ожидание (%1: %2).</translation>
    </message>
</context>
<context>
    <name>monitor_ActivityModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
</context>
<context>
    <name>monitor_LockSession</name>
    <message>
        <source>prepared transaction</source>
        <translation>подготовленная транзакция</translation>
    </message>
    <message>
        <source>prepared transaction &apos;%1&apos;</source>
        <translation>подготовленная транзакция &apos;%1&apos;</translation>
    </message>
    <message>
        <source>parallel worker of pid %1</source>
        <translation>параллельный исполнитель pid %1</translation>
    </message>
    <message>
        <source>parallel worker</source>
        <translation>параллельный исполнитель</translation>
    </message>
    <message>
        <source>not found any more (it may just have ended)</source>
        <translation>больше не найден (возможно, только что завершился)</translation>
    </message>
    <message>
        <source>parallel query leader (%1 workers)</source>
        <translation>ведущий параллельного запроса (исполнителей: %1)</translation>
    </message>
    <message>
        <source>prepared transaction &apos;%1&apos; of %2, prepared %3 ago: no session runs it; only COMMIT PREPARED or ROLLBACK PREPARED ends it</source>
        <translation>подготовленная транзакция &apos;%1&apos; от %2, подготовлена %3 назад: её не выполняет ни один сеанс; завершить её можно только COMMIT PREPARED или ROLLBACK PREPARED</translation>
    </message>
    <message>
        <source>the session was not found in this refresh</source>
        <translation>сеанс не найден в этом обновлении</translation>
    </message>
    <message>
        <source>%1 for %2 (transaction open %3); last statement: %4</source>
        <translation>%1 уже %2 (транзакция открыта %3); последний запрос: %4</translation>
    </message>
    <message>
        <source>%1 for %2 (transaction open %3): %4</source>
        <translation>%1 уже %2 (транзакция открыта %3): %4</translation>
    </message>
    <message>
        <source>(no state)</source>
        <translation>(нет состояния)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>(no query)</source>
        <translation>(нет запроса)</translation>
    </message>
</context>
<context>
    <name>monitor_LockSummaryRow</name>
    <message>
        <source>relation %1 (in %2)</source>
        <translation>отношение %1 (в %2)</translation>
    </message>
    <message>
        <source>another database</source>
        <translation>другая база данных</translation>
    </message>
    <message>
        <source>transaction ids</source>
        <translation>идентификаторы транзакций</translation>
    </message>
    <message>
        <source>virtual transaction ids</source>
        <translation>виртуальные идентификаторы транзакций</translation>
    </message>
    <message>
        <source>advisory locks</source>
        <translation>рекомендательные блокировки</translation>
    </message>
    <message>
        <source>database objects</source>
        <translation>объекты базы данных</translation>
    </message>
</context>
<context>
    <name>monitor_LockWait</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>отношение %1</translation>
    </message>
    <message>
        <source>relation %1 in database %2</source>
        <translation>отношение %1 в базе %2</translation>
    </message>
    <message>
        <source>row (%1,%2) of %3</source>
        <translation>строка (%1,%2) в %3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 в %2</translation>
    </message>
    <message>
        <source>extension of %1</source>
        <translation>расширение %1</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>транзакция %1</translation>
    </message>
    <message>
        <source>virtual transaction %1</source>
        <translation>виртуальная транзакция %1</translation>
    </message>
    <message>
        <source>advisory lock (%1, %2)</source>
        <translation>рекомендательная блокировка (%1, %2)</translation>
    </message>
    <message>
        <source>advisory lock %1</source>
        <translation>рекомендательная блокировка %1</translation>
    </message>
    <message>
        <source>object %1 of class %2</source>
        <translation>объект %1 класса %2</translation>
    </message>
    <message>
        <source>speculative insertion token of transaction %1</source>
        <translation>маркер спекулятивной вставки транзакции %1</translation>
    </message>
    <message>
        <source>waits for %1 on %2</source>
        <translation>ожидает %1 на %2</translation>
    </message>
    <message>
        <source>%1 on %2 wanted by %3</source>
        <translation>%1 на %2, запрошено %3</translation>
    </message>
    <message>
        <source>a row of %1</source>
        <translation>строка таблицы %1</translation>
    </message>
    <message>
        <source>a transaction (id not recorded)</source>
        <translation>транзакция (номер не записан)</translation>
    </message>
</context>
<context>
    <name>monitor_SessionControl</name>
    <message>
        <source>Only a superuser may cancel or terminate a superuser&apos;s session (pid %1 belongs to &quot;%2&quot;). Server said: %3</source>
        <translation>Отменить или завершить сеанс суперпользователя может только суперпользователь (pid %1 принадлежит &quot;%2&quot;). Ответ сервера: %3</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; may not signal pid %2 of role &quot;%3&quot;: grant it pg_signal_backend (GRANT pg_signal_backend TO &quot;%1&quot;) or membership in &quot;%3&quot;. Server said: %4</source>
        <translation>Роль &quot;%1&quot; не может посылать сигналы pid %2 роли &quot;%3&quot;: выдайте ей pg_signal_backend (GRANT pg_signal_backend TO &quot;%1&quot;) или членство в &quot;%3&quot;. Ответ сервера: %4</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>уже завершён</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>нет прав</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Cancel (pg_cancel_backend) stops the statement each session is running now; the session stays connected and its open transaction is rolled back only if the statement was inside one that now fails. Idle sessions are not affected.</source>
        <translation>Отмена (pg_cancel_backend) останавливает запрос, который сейчас выполняет каждый сеанс; сеанс остаётся подключённым, а его открытая транзакция откатывается, только если запрос был внутри неё и она теперь прервана. Простаивающие сеансы не затрагиваются.</translation>
    </message>
    <message>
        <source>Terminate (pg_terminate_backend) closes each session&apos;s connection: the running statement stops, its open transaction is rolled back, its locks are released, and the client sees a dropped connection.</source>
        <translation>Завершение (pg_terminate_backend) закрывает подключение каждого сеанса: выполняемый запрос останавливается, открытая транзакция откатывается, блокировки освобождаются, а клиент видит разрыв соединения.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the running statement of %n session(s)?</source>
        <translation>
            <numerusform>Отменить выполняемый запрос %n сеанса?</numerusform>
            <numerusform>Отменить выполняемый запрос %n сеансов?</numerusform>
            <numerusform>Отменить выполняемый запрос %n сеансов?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s)?</source>
        <translation>
            <numerusform>Завершить %n сеанс?</numerusform>
            <numerusform>Завершить %n сеанса?</numerusform>
            <numerusform>Завершить %n сеансов?</numerusform>
        </translation>
    </message>
    <message>
        <source>pid %1 · %2 · %3 · %4 for %5
    %6
</source>
        <translation>pid %1 · %2 · %3 · %4 уже %5
    %6
</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(нет пользователя)</translation>
    </message>
    <message>
        <source>(no application)</source>
        <translation>(нет приложения)</translation>
    </message>
    <message>
        <source>(no state)</source>
        <translation>(нет состояния)</translation>
    </message>
    <message>
        <source>(no query)</source>
        <translation>(нет запроса)</translation>
    </message>
    <message>
        <source>Sessions still running the same statement after %1 s will then be terminated.</source>
        <translation>Сеансы, всё ещё выполняющие тот же запрос через %1 с, затем будут завершены.</translation>
    </message>
    <message>
        <source>pgdba does not cancel or terminate its own monitoring session (pid %1).</source>
        <translation>pgdba не отменяет и не завершает собственный сеанс мониторинга (pid %1).</translation>
    </message>
    <message>
        <source>no connection for actions</source>
        <translation>нет подключения для действий</translation>
    </message>
    <message>
        <source>the session has already ended</source>
        <translation>сеанс уже завершился</translation>
    </message>
    <message>
        <source>pid %1 now belongs to a different session; nothing was sent</source>
        <translation>pid %1 теперь принадлежит другому сеансу; ничего не отправлено</translation>
    </message>
    <message>
        <source>the server found no backend with pid %1</source>
        <translation>сервер не нашёл процесс с pid %1</translation>
    </message>
    <message>
        <source>cancel request sent</source>
        <translation>запрос отмены отправлен</translation>
    </message>
    <message>
        <source>session terminated</source>
        <translation>сеанс завершён</translation>
    </message>
</context>
<context>
    <name>monitor_StatementAvailability</name>
    <message>
        <source>The role cannot be found in pg_roles.</source>
        <translation>Роль не найдена в pg_roles.</translation>
    </message>
    <message>
        <source>Checking pg_stat_statements…</source>
        <translation>Проверка pg_stat_statements…</translation>
    </message>
    <message>
        <source>pg_stat_statements %1 is in use.</source>
        <translation>Используется pg_stat_statements %1.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is too old for the statements page.</source>
        <translation>PostgreSQL %1 слишком стар для страницы «Запросы».</translation>
    </message>
    <message>
        <source>The pg_stat_statements extension is not installed on this server.</source>
        <translation>Расширение pg_stat_statements не установлено на этом сервере.</translation>
    </message>
    <message>
        <source>pg_stat_statements is configured but the server has not been restarted yet.</source>
        <translation>pg_stat_statements настроен, но сервер ещё не перезапущен.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not in shared_preload_libraries.</source>
        <translation>pg_stat_statements нет в shared_preload_libraries.</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded, but CREATE EXTENSION was not run in database &quot;%1&quot;.</source>
        <translation>pg_stat_statements загружен, но CREATE EXTENSION не выполнен в базе &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The pg_stat_statements extension in &quot;%1&quot; is older (%2) than the server&apos;s library (%3).</source>
        <translation>Расширение pg_stat_statements в &quot;%1&quot; старее (%2), чем библиотека сервера (%3).</translation>
    </message>
    <message>
        <source>pg_stat_statements cannot be read.</source>
        <translation>pg_stat_statements не читается.</translation>
    </message>
    <message>
        <source>pgdba reads pg_stat_statements on PostgreSQL 10 and newer (the pg_read_all_stats role and the query id appeared in 10). Upgrade the server to a supported release.</source>
        <translation>pgdba читает pg_stat_statements на PostgreSQL 10 и новее (роль pg_read_all_stats и query id появились в 10). Обновите сервер до поддерживаемой версии.</translation>
    </message>
    <message>
        <source>The server has no pg_stat_statements files (pg_available_extensions does not list it). Install the package that ships the contrib modules for PostgreSQL %1 on the server (Debian/Ubuntu: postgresql-%2; RHEL: postgresql%2-contrib), then follow the steps shown after that.</source>
        <translation>На сервере нет файлов pg_stat_statements (pg_available_extensions его не показывает). Установите на сервер пакет с модулями contrib для PostgreSQL %1 (Debian/Ubuntu: postgresql-%2; RHEL: postgresql%2-contrib), затем выполните показанные после этого шаги.</translation>
    </message>
    <message>
        <source>The extension keeps its counters in shared memory, which only a library loaded at server start can reserve. Add it to shared_preload_libraries as a superuser and restart the server: a reload is not enough. %1</source>
        <translation>Расширение хранит счётчики в разделяемой памяти, которую может зарезервировать только библиотека, загруженная при старте сервера. Добавьте её в shared_preload_libraries как суперпользователь и перезапустите сервер: перечитывания конфигурации недостаточно. %1</translation>
    </message>
    <message>
        <source>The list below keeps the libraries already loaded (%1).</source>
        <translation>Список ниже сохраняет уже загруженные библиотеки (%1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; cannot read the current shared_preload_libraries; keep any library already listed there (SHOW shared_preload_libraries as a superuser).</source>
        <translation>Роль &quot;%1&quot; не может прочитать текущий shared_preload_libraries; сохраните уже перечисленные там библиотеки (SHOW shared_preload_libraries от суперпользователя).</translation>
    </message>
    <message>
        <source>The library is loaded; the view and functions are created per database. pgdba can run CREATE EXTENSION for you in &quot;%1&quot; (statistics then cover every database).</source>
        <translation>Библиотека загружена; представление и функции создаются в каждой базе отдельно. pgdba может выполнить CREATE EXTENSION за вас в &quot;%1&quot; (статистика затем охватывает все базы).</translation>
    </message>
    <message>
        <source>The library is loaded; the view and functions are created per database. Only a superuser may create this extension (it is not trusted): ask one to run the line below in database &quot;%1&quot;.</source>
        <translation>Библиотека загружена; представление и функции создаются в каждой базе отдельно. Создать это расширение может только суперпользователь (оно не доверенное): попросите его выполнить строку ниже в базе &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The extension&apos;s SQL objects are older than the library, so the columns this server reports are missing. Update it as a superuser in database &quot;%1&quot;.</source>
        <translation>SQL-объекты расширения старее библиотеки, поэтому столбцов, которые сообщает сервер, не хватает. Обновите его как суперпользователь в базе &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-- restart needed: sudo systemctl restart postgresql (or pg_ctl restart -D &lt;data directory&gt;)</source>
        <translation>-- нужен перезапуск: sudo systemctl restart postgresql (или pg_ctl restart -D &lt;каталог данных&gt;)</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of other roles hide their text and query id from role &quot;%1&quot;; they are summed per role and database. To see them: GRANT pg_read_all_stats TO %2;</source>
        <translation>
            <numerusform>%n запрос других ролей скрывает текст и query id от роли &quot;%1&quot;; они суммируются по роли и базе. Чтобы их видеть: GRANT pg_read_all_stats TO %2;</numerusform>
            <numerusform>%n запроса других ролей скрывают текст и query id от роли &quot;%1&quot;; они суммируются по роли и базе. Чтобы их видеть: GRANT pg_read_all_stats TO %2;</numerusform>
            <numerusform>%n запросов других ролей скрывают текст и query id от роли &quot;%1&quot;; они суммируются по роли и базе. Чтобы их видеть: GRANT pg_read_all_stats TO %2;</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_stat_statements.track = none: nothing new is counted. ALTER SYSTEM SET pg_stat_statements.track = &apos;top&apos;; SELECT pg_reload_conf();</source>
        <translation>pg_stat_statements.track = none: ничего нового не учитывается. ALTER SYSTEM SET pg_stat_statements.track = &apos;top&apos;; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>compute_query_id = off: statements get no query id and are not counted. ALTER SYSTEM SET compute_query_id = &apos;auto&apos;; SELECT pg_reload_conf();</source>
        <translation>compute_query_id = off: запросы не получают query id и не учитываются. ALTER SYSTEM SET compute_query_id = &apos;auto&apos;; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>track_io_timing = off: I/O times stay at zero. ALTER SYSTEM SET track_io_timing = on; SELECT pg_reload_conf();</source>
        <translation>track_io_timing = off: время ввода-вывода остаётся нулевым. ALTER SYSTEM SET track_io_timing = on; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>The extension is at version %1, the server ships %2: ALTER EXTENSION pg_stat_statements UPDATE;</source>
        <translation>Расширение версии %1, сервер поставляет %2: ALTER EXTENSION pg_stat_statements UPDATE;</translation>
    </message>
</context>
<context>
    <name>pg::ConnInfo</name>
    <message>
        <source>a Unix socket (%1) cannot be reached through SSH: give the database host as the SSH server sees it (e.g. localhost)</source>
        <translation>Unix-сокет (%1) недоступен через SSH: укажите хост базы данных так, как его видит SSH-сервер (например, localhost)</translation>
    </message>
</context>
<context>
    <name>pg::Connection</name>
    <message>
        <source>connection closed before the query could run</source>
        <translation>подключение закрыто до того, как запрос смог выполниться</translation>
    </message>
    <message>
        <source>connection closed before the query could run: %1</source>
        <translation>подключение закрыто до того, как запрос смог выполниться: %1</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s: the connection is unresponsive</source>
        <translation>сервер не ответил за %1 с: подключение не отвечает</translation>
    </message>
    <message>
        <source>connection to %1 failed: %2</source>
        <translation>не удалось подключиться к %1: %2</translation>
    </message>
    <message>
        <source>connection to %1 failed: timeout expired after %2 s</source>
        <translation>не удалось подключиться к %1: тайм-аут истёк через %2 с</translation>
    </message>
    <message>
        <source>could not read server facts</source>
        <translation>не удалось прочитать сведения о сервере</translation>
    </message>
    <message>
        <source>connection closed while waiting for the server</source>
        <translation>подключение закрыто во время ожидания сервера</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>not connected: %1</source>
        <translation>нет подключения: %1</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>подключение закрыто</translation>
    </message>
    <message>
        <source>server closed the connection</source>
        <translation>сервер закрыл подключение</translation>
    </message>
    <message>
        <source> — the server&apos;s certificate is not signed by a trusted root certificate (%1); check the root certificate (sslrootcert)</source>
        <translation> — сертификат сервера не подписан доверенным корневым сертификатом (%1); проверьте корневой сертификат (sslrootcert)</translation>
    </message>
    <message>
        <source> — the certificate was issued for another host: verify-full refuses it, as it would refuse a man in the middle holding a valid certificate for another name</source>
        <translation> — сертификат выдан другому хосту: verify-full отвергает его, как отверг бы злоумышленника посередине с действительным сертификатом на другое имя</translation>
    </message>
    <message>
        <source>the SSH tunnel through %1 dropped: %2</source>
        <translation>SSH-туннель через %1 оборвался: %2</translation>
    </message>
    <message>
        <source>SSH tunnel through %1: %2</source>
        <translation>SSH-туннель через %1: %2</translation>
    </message>
</context>
<context>
    <name>pg_lex</name>
    <message>
        <source>unterminated /* comment</source>
        <translation>незавершённый комментарий /*</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>незавершённая строка в кавычках</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>незавершённый идентификатор в кавычках</translation>
    </message>
    <message>
        <source>unterminated dollar-quoted string %1</source>
        <translation>незавершённая строка в долларовых кавычках %1</translation>
    </message>
</context>
<context>
    <name>plans::Capture</name>
    <message>
        <source>no statement text</source>
        <translation>нет текста запроса</translation>
    </message>
    <message>
        <source>%1 is a utility statement: it has no plan</source>
        <translation>%1 — служебная команда: плана у неё нет</translation>
    </message>
    <message>
        <source>it writes (%1): plans of statements that write are captured only when you ask (pin it with writes allowed); even then it is never run</source>
        <translation>запрос пишет (%1): планы пишущих запросов снимаются только по вашей просьбе (закрепите его с разрешением записи); даже тогда он не выполняется</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>planning took longer than the %1 ms statement timeout</source>
        <translation>планирование дольше тайм-аута запроса %1 мс</translation>
    </message>
    <message>
        <source>EXPLAIN returned nothing</source>
        <translation>EXPLAIN ничего не вернул</translation>
    </message>
</context>
<context>
    <name>plans::IngestResult</name>
    <message>
        <source>the log folder %1 does not exist</source>
        <translation>папки журнала %1 не существует</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>the role %1 may not list the server&apos;s log files (pg_monitor, or a superuser, is needed); point pgdba at a local log folder instead</source>
        <translation>роль %1 не может перечислить файлы журнала сервера (нужна pg_monitor или суперпользователь); укажите pgdba локальную папку журнала</translation>
    </message>
    <message>
        <source>the role %1 may not read the server&apos;s log files (pg_read_server_files, or a superuser, is needed)</source>
        <translation>роль %1 не может читать файлы журнала сервера (нужна pg_read_server_files или суперпользователь)</translation>
    </message>
</context>
<context>
    <name>plans::PlanStore</name>
    <message>
        <source>the history store is not open</source>
        <translation>хранилище истории не открыто</translation>
    </message>
</context>
<context>
    <name>plans::StatementCapture</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>pg_stat_statements is not created in this database (CREATE EXTENSION pg_stat_statements)</source>
        <translation>pg_stat_statements не создано в этой базе (CREATE EXTENSION pg_stat_statements)</translation>
    </message>
    <message>
        <source>no statement with query id %1 in this database</source>
        <translation>в этой базе нет запроса с queryid %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is not created in this database</source>
        <translation>pg_stat_statements не создано в этой базе</translation>
    </message>
</context>
<context>
    <name>record::Recorder</name>
    <message>
        <source>%1 server points, %2 activity samples, %3 statement rows, %4 session samples written; %5 errors</source>
        <translation>записано: точек сервера %1, замеров активности %2, строк запросов %3, замеров сеансов %4; ошибок %5</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>последняя: %1</translation>
    </message>
    <message>
        <source>server unreachable, retrying</source>
        <translation>сервер недоступен, повтор</translation>
    </message>
    <message>
        <source>connected to %1 (PostgreSQL %2)</source>
        <translation>подключено к %1 (PostgreSQL %2)</translation>
    </message>
    <message numerus="yes">
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>после %n попытки</numerusform>
            <numerusform>после %n попыток</numerusform>
            <numerusform>после %n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>sampling every %1 ms</source>
        <translation>замер каждые %1 мс</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>не удаётся подключиться: %1</translation>
    </message>
    <message>
        <source>server not reachable (%1); retrying in %2 s</source>
        <translation>сервер недоступен (%1); повтор через %2 с</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>остановка</translation>
    </message>
    <message>
        <source>the history store is not open</source>
        <translation>хранилище истории не открыто</translation>
    </message>
    <message>
        <source>bad connection string: %1</source>
        <translation>неверная строка подключения: %1</translation>
    </message>
    <message>
        <source>another recorder already writes %1 to %2 (%3); not starting a second one</source>
        <translation>другой регистратор уже пишет %1 в %2 (%3); второй не запускается</translation>
    </message>
    <message>
        <source>lost the server (%1); reconnecting</source>
        <translation>сервер потерян (%1); переподключение</translation>
    </message>
    <message>
        <source>stopped: %1 server points, %2 activity samples, %3 statement rows, %4 session samples written in all; %5 errors</source>
        <translation>остановлено: всего записано точек сервера %1, замеров активности %2, строк запросов %3, замеров сеансов %4; ошибок %5</translation>
    </message>
    <message>
        <source>alert fired: %1</source>
        <translation>сработало оповещение: %1</translation>
    </message>
    <message>
        <source>alert resolved: %1</source>
        <translation>оповещение снято: %1</translation>
    </message>
</context>
<context>
    <name>replication</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>replication::ReplicationCollector</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>подключение было закрыто</translation>
    </message>
</context>
<context>
    <name>replication::ReplicationSlot</name>
    <message>
        <source>WAL this slot needs was removed: its consumer can never resume from it. Drop the slot and rebuild the standby / re-create the subscription.</source>
        <translation>WAL, нужный этому слоту, удалён: его потребитель уже не сможет продолжить с него. Удалите слот и пересоздайте реплику / подписку.</translation>
    </message>
    <message>
        <source>Past max_slot_wal_keep_size: the WAL it needs goes at the next checkpoint. Let its consumer catch up now, or drop the slot.</source>
        <translation>Превышен max_slot_wal_keep_size: нужный ему WAL удалится на следующей контрольной точке. Дайте потребителю догнать сейчас или удалите слот.</translation>
    </message>
    <message>
        <source>Keeps more WAL than max_wal_size. If its consumer is gone for good, drop the slot.</source>
        <translation>Удерживает больше WAL, чем max_wal_size. Если потребитель ушёл навсегда, удалите слот.</translation>
    </message>
    <message>
        <source>Inactive and keeping %1 of WAL that cannot be removed until a consumer reads it. If nothing will use it again, drop it.</source>
        <translation>Неактивен и удерживает %1 WAL, который нельзя удалить, пока его не прочитает потребитель. Если он больше не понадобится, удалите слот.</translation>
    </message>
    <message>
        <source>The logical consumer of &quot;%1&quot; (plugin %2, database %3) loses its position: a subscription or decoding client using it stops working and must be re-created and re-synchronised. Changes not yet decoded are gone for it.</source>
        <translation>Логический потребитель &quot;%1&quot; (модуль %2, база %3) потеряет позицию: подписка или клиент декодирования, использующие его, перестанут работать, их придётся пересоздать и заново синхронизировать. Ещё не декодированные изменения для него потеряны.</translation>
    </message>
    <message>
        <source>A standby streaming through &quot;%1&quot; can no longer rely on the primary keeping its WAL: if it falls behind further than the WAL still kept (or archived), it must be rebuilt from a new base backup.</source>
        <translation>Реплика, получающая поток через &quot;%1&quot;, больше не может рассчитывать, что ведущий сохранит её WAL: если она отстанет дальше, чем хранится (или заархивировано) WAL, её придётся пересоздавать из новой базовой копии.</translation>
    </message>
</context>
<context>
    <name>replication::SendersModel</name>
    <message>
        <source>Standby / client</source>
        <translation>Реплика / клиент</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхр.</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Отставание воспр.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Воспроизв.</translation>
    </message>
    <message>
        <source>pid %1%2</source>
        <translation>pid %1%2</translation>
    </message>
    <message>
        <source>, slot %1</source>
        <translation>, слот %1</translation>
    </message>
</context>
<context>
    <name>replication::SlotControl</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>slot &quot;%1&quot; dropped</source>
        <translation>слот &quot;%1&quot; удалён</translation>
    </message>
    <message>
        <source>slot &quot;%1&quot; is in use by a process now; not dropped</source>
        <translation>слот &quot;%1&quot; сейчас используется процессом; не удалён</translation>
    </message>
    <message>
        <source>slot &quot;%1&quot; no longer exists</source>
        <translation>слота &quot;%1&quot; больше нет</translation>
    </message>
</context>
<context>
    <name>replication::SlotsModel</name>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>Статус WAL</translation>
    </message>
    <message>
        <source>WAL kept</source>
        <translation>Удержано WAL</translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation>Безопасный размер WAL</translation>
    </message>
    <message>
        <source>restart_lsn</source>
        <translation>restart_lsn</translation>
    </message>
    <message>
        <source>confirmed_flush</source>
        <translation>confirmed_flush</translation>
    </message>
    <message>
        <source>xmin</source>
        <translation>xmin</translation>
    </message>
    <message>
        <source>catalog_xmin</source>
        <translation>catalog_xmin</translation>
    </message>
    <message>
        <source>yes, pid %1</source>
        <translation>да, pid %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
</context>
<context>
    <name>report::Chromium</name>
    <message>
        <source>PDF needs Chromium to print the report: install it (sudo apt install chromium) or write HTML and print it from a browser.</source>
        <translation>Для PDF нужен Chromium, который печатает отчёт: установите его (sudo apt install chromium) или сохраните HTML и напечатайте из браузера.</translation>
    </message>
    <message>
        <source>could not make a temporary folder for Chromium</source>
        <translation>не удалось создать временную папку для Chromium</translation>
    </message>
    <message>
        <source>Chromium (%1) did not start: %2</source>
        <translation>Chromium (%1) не запустился: %2</translation>
    </message>
    <message>
        <source>Chromium did not finish printing within 2 minutes</source>
        <translation>Chromium не закончил печать за 2 минуты</translation>
    </message>
    <message>
        <source>Chromium could not print the report (exit %1): %2</source>
        <translation>Chromium не смог напечатать отчёт (код %1): %2</translation>
    </message>
</context>
<context>
    <name>report::ReportData</name>
    <message>
        <source>No history store: the wait-event profile and lock incidents come from `pgdba record` or an open pgdba window.</source>
        <translation>Нет хранилища истории: профиль ожиданий и инциденты блокировок записывают `pgdba record` или открытое окно pgdba.</translation>
    </message>
    <message>
        <source>The history store could not be read: %1</source>
        <translation>Не удалось прочитать хранилище истории: %1</translation>
    </message>
    <message>
        <source>The history store holds no session history of %1 (start `pgdba record`, or keep pgdba open on this server).</source>
        <translation>В хранилище истории нет истории сеансов %1 (запустите `pgdba record` или держите pgdba открытым на этом сервере).</translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation>За этот период сеансы не записывались.</translation>
    </message>
    <message>
        <source>pgdba does not capture plans yet: no plan history to compare.</source>
        <translation>pgdba пока не сохраняет планы: истории планов для сравнения нет.</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>подключение было закрыто</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Average active sessions by wait class</source>
        <translation>Среднее число активных сеансов по классам ожидания</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>standby (in recovery)</source>
        <translation>реплика (восстановление)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>Connected as</source>
        <translation>Подключён как</translation>
    </message>
    <message>
        <source> (superuser)</source>
        <translation> (суперпользователь)</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 д %2 ч %3 мин</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 active, %4 idle in transaction, %5 waiting for a lock)</source>
        <translation>%1 из %2 (активных %3, idle in transaction %4, ждут блокировку %5)</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Доля попаданий в кэш</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Базы данных</translation>
    </message>
    <message>
        <source>%1, %2 in all</source>
        <translation>%1, всего %2</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Проверки состояния</translation>
    </message>
    <message>
        <source>No checks ran.</source>
        <translation>Проверки не выполнялись.</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>не выполнена: %1</translation>
    </message>
    <message>
        <source>%1 critical, %2 warnings, %3 OK (checked %4).</source>
        <translation>критических %1, предупреждений %2, в норме %3 (проверено %4).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Configuration advice</source>
        <translation>Советы по конфигурации</translation>
    </message>
    <message>
        <source>Recommended for %1 MB of RAM, %2 CPUs, %3 storage and a %4 workload (pgdba tune&apos;s inputs; the Configuration page shows the same with yours).</source>
        <translation>Рекомендации для %1 МБ ОЗУ, %2 ЦП, накопителя %3 и нагрузки %4 (входные данные pgdba tune; страница «Конфигурация» покажет то же для ваших).</translation>
    </message>
    <message>
        <source>Every recommended setting already has its value.</source>
        <translation>Все рекомендуемые параметры уже имеют свои значения.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Рекомендуемое</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Top statements</source>
        <translation>Топ запросов</translation>
    </message>
    <message>
        <source>(query text not visible)</source>
        <translation>(текст запроса не виден)</translation>
    </message>
    <message>
        <source>By total execution time since pg_stat_statements was last reset (all databases).</source>
        <translation>По общему времени выполнения с последнего сброса pg_stat_statements (все базы).</translation>
    </message>
    <message>
        <source>Total execution time</source>
        <translation>Общее время выполнения</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Avg active</source>
        <translation>Ср. активных</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>%1 to %2, from the recorded session history: average active sessions (sampled) by wait class; CPU is active without a wait event.</source>
        <translation>С %1 по %2, из записанной истории сеансов: среднее число активных сеансов (по выборкам) по классам ожидания; CPU — активен без события ожидания.</translation>
    </message>
    <message>
        <source>Wait-event profile</source>
        <translation>Профиль ожиданий</translation>
    </message>
    <message>
        <source>Top wait events</source>
        <translation>Топ событий ожидания</translation>
    </message>
    <message>
        <source>Wait event</source>
        <translation>Событие ожидания</translation>
    </message>
    <message>
        <source>Top queries by sampled time</source>
        <translation>Топ запросов по времени в выборках</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Lock incidents</source>
        <translation>Инциденты блокировок</translation>
    </message>
    <message>
        <source>No session waited for a lock for a second or more in this period.</source>
        <translation>За этот период ни один сеанс не ждал блокировку секунду или дольше.</translation>
    </message>
    <message>
        <source>pid %1, %2, %3 (%4)</source>
        <translation>pid %1, %2, %3 (%4)</translation>
    </message>
    <message>
        <source>waiters wanted %1 on %2</source>
        <translation>ожидающие хотели %1 на %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Длилось</translation>
    </message>
    <message>
        <source>Sessions blocked</source>
        <translation>Заблокировано сеансов</translation>
    </message>
    <message>
        <source>Root blocker</source>
        <translation>Корневой блокирующий</translation>
    </message>
    <message>
        <source>Root blocker&apos;s last query</source>
        <translation>Последний запрос корневого блокирующего</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Репликация</translation>
    </message>
    <message>
        <source>A standby: receiver %1 from %2, replay gap %3.</source>
        <translation>Реплика: приёмник %1 от %2, отставание применения %3.</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>не работает</translation>
    </message>
    <message>
        <source>No standby streams from this server.</source>
        <translation>С этого сервера реплики не получают поток.</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Реплика</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Отставание воспр.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активны</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>WAL kept</source>
        <translation>Удержано WAL</translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <source>Autovacuum workers busy: %1 of %2. Database transaction age: %3 of %4 (forced anti-wraparound vacuum).</source>
        <translation>Занято рабочих процессов autovacuum: %1 из %2. Возраст транзакций базы: %3 из %4 (принудительная очистка от зацикливания).</translation>
    </message>
    <message>
        <source>What holds back the xmin horizon</source>
        <translation>Что удерживает горизонт xmin</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Держатель</translation>
    </message>
    <message>
        <source>Age (xids)</source>
        <translation>Возраст (xid)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Tables closest to autovacuum</source>
        <translation>Таблицы, ближайшие к autovacuum</translation>
    </message>
    <message>
        <source>No tables.</source>
        <translation>Таблиц нет.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Dead tuples</source>
        <translation>Мёртвые кортежи</translation>
    </message>
    <message>
        <source>% of threshold</source>
        <translation>% порога</translation>
    </message>
    <message>
        <source>% of freeze max</source>
        <translation>% от freeze max</translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation>Последняя очистка</translation>
    </message>
    <message>
        <source>Table bloat (estimate)</source>
        <translation>Раздувание таблиц (оценка)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Bloat</source>
        <translation>Раздувание</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>No alert fired in this period.</source>
        <translation>За этот период оповещений не было.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Сработало</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <source>pgdba report: %1</source>
        <translation>Отчёт pgdba: %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Ожидания</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Period %1 to %2 · generated %3</source>
        <translation>Период с %1 по %2 · создан %3</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>Смены планов</translation>
    </message>
    <message>
        <source>Made by pgdba %1. Everything in this file is inline: it opens without a network and prints as it is.</source>
        <translation>Создано pgdba %1. Всё содержимое внутри файла: он открывается без сети и печатается как есть.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Сначала подключитесь к серверу.</translation>
    </message>
    <message>
        <source>Replication slots</source>
        <translation>Слоты репликации</translation>
    </message>
    <message>
        <source>open, acknowledged</source>
        <translation>открыто, подтверждено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>снято</translation>
    </message>
</context>
<context>
    <name>sessionhistory::IncidentListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Root pid</source>
        <translation>Корневой pid</translation>
    </message>
    <message>
        <source>Root state</source>
        <translation>Сост. корня</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Root query</source>
        <translation>Корневой запрос</translation>
    </message>
</context>
<context>
    <name>sessionhistory::TopListModel</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Wait event</source>
        <translation>Событие ожидания</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Wait class</source>
        <translation>Класс ожидания</translation>
    </message>
    <message>
        <source>Avg active</source>
        <translation>Ср. активных</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Замеры</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
</context>
<context>
    <name>ssh::Route</name>
    <message>
        <source>&quot;%1&quot; is not an SSH address: use user@host or user@host:port</source>
        <translation>«%1» — не адрес SSH: используйте user@host или user@host:port</translation>
    </message>
    <message>
        <source>SSH port %1 is out of range (1-65535)</source>
        <translation>Порт SSH %1 вне допустимого диапазона (1–65535)</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> через %1</translation>
    </message>
</context>
<context>
    <name>ssh::Session</name>
    <message>
        <source>could not listen on 127.0.0.1 for the SSH tunnel: %1</source>
        <translation>не удалось открыть порт на 127.0.0.1 для SSH-туннеля: %1</translation>
    </message>
    <message>
        <source>poll failed: %1</source>
        <translation>ошибка poll: %1</translation>
    </message>
    <message>
        <source>the SSH server %1 closed the connection</source>
        <translation>SSH-сервер %1 закрыл соединение</translation>
    </message>
    <message>
        <source>the SSH connection to %1 was lost: %2</source>
        <translation>SSH-соединение с %1 потеряно: %2</translation>
    </message>
    <message>
        <source>the connection through the jump host %1 ended</source>
        <translation>соединение через промежуточный хост %1 завершилось</translation>
    </message>
    <message>
        <source>the SSH connection to %1 was lost</source>
        <translation>SSH-соединение с %1 потеряно</translation>
    </message>
    <message>
        <source>could not create an SSH session (out of memory)</source>
        <translation>не удалось создать SSH-сеанс (не хватает памяти)</translation>
    </message>
    <message>
        <source>could not connect to the SSH server %1:%2: %3</source>
        <translation>не удалось подключиться к SSH-серверу %1:%2: %3</translation>
    </message>
    <message>
        <source>the SSH server %1:%2 sent no host key: %3</source>
        <translation>SSH-сервер %1:%2 не прислал ключ хоста: %3</translation>
    </message>
    <message>
        <source>could not check the host key of %1 against %2: %3</source>
        <translation>не удалось сверить ключ хоста %1 с %2: %3</translation>
    </message>
    <message>
        <source>REFUSED: the host key of the SSH server %1 has CHANGED. It is now %2 %3, but %4 lists %5. Someone may be intercepting the connection (a man in the middle), or the server was reinstalled. Nothing was sent. If the change is expected, remove the old key (ssh-keygen -R &apos;%1&apos; -f %4) and connect again.</source>
        <translation>ОТКАЗАНО: ключ SSH-сервера %1 ИЗМЕНИЛСЯ. Сейчас это %2 %3, а в %4 записан %5. Возможно, соединение перехватывают (атака «человек посередине») или сервер переустановили. Ничего не отправлено. Если смена ожидаема, удалите старый ключ (ssh-keygen -R &apos;%1&apos; -f %4) и подключитесь снова.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>другой ключ</translation>
    </message>
    <message>
        <source>could not create %1</source>
        <translation>не удалось создать %1</translation>
    </message>
    <message>
        <source>could not write the host key to %1: %2</source>
        <translation>не удалось записать ключ хоста в %1: %2</translation>
    </message>
    <message>
        <source>SSH authentication at %1 failed: %2</source>
        <translation>аутентификация SSH на %1 не удалась: %2</translation>
    </message>
    <message>
        <source>SSH key file %1 does not exist</source>
        <translation>файл ключа SSH %1 не существует</translation>
    </message>
    <message>
        <source>could not read the SSH key %1: not a private key, or the passphrase is wrong</source>
        <translation>не удалось прочитать ключ SSH %1: это не закрытый ключ или пароль неверен</translation>
    </message>
    <message>
        <source>SSH authentication at %1 failed: the server refused the key %2</source>
        <translation>аутентификация SSH на %1 не удалась: сервер отверг ключ %2</translation>
    </message>
    <message>
        <source>SSH authentication at %1 failed: no key file was given and no ssh-agent is running (SSH_AUTH_SOCK is not set)</source>
        <translation>аутентификация SSH на %1 не удалась: файл ключа не указан, а ssh-agent не запущен (SSH_AUTH_SOCK не задан)</translation>
    </message>
    <message>
        <source>SSH authentication at %1 failed: the server accepted none of the ssh-agent&apos;s keys</source>
        <translation>аутентификация SSH на %1 не удалась: сервер не принял ни одного ключа из ssh-agent</translation>
    </message>
    <message>
        <source>could not open an SSH channel: %1</source>
        <translation>не удалось открыть SSH-канал: %1</translation>
    </message>
    <message>
        <source>the SSH server %1 could not connect to %2:%3: %4</source>
        <translation>SSH-сервер %1 не смог подключиться к %2:%3: %4</translation>
    </message>
</context>
<context>
    <name>ssh::Tunnel</name>
    <message>
        <source>the SSH tunnel was closed while opening</source>
        <translation>SSH-туннель закрыт во время открытия</translation>
    </message>
    <message>
        <source>the SSH server %1 is not in %2 yet (its %3 key has the fingerprint %4). Nothing was sent. Check the fingerprint with the server&apos;s administrator, then accept it in the connect dialog or connect once with ssh.</source>
        <translation>SSH-сервера %1 ещё нет в %2 (отпечаток его ключа %3: %4). Ничего не отправлено. Сверьте отпечаток с администратором сервера, затем примите ключ в окне подключения или подключитесь один раз через ssh.</translation>
    </message>
    <message>
        <source>the host key of the SSH server %1 (%2) was not accepted; nothing was sent</source>
        <translation>ключ SSH-сервера %1 (%2) не принят; ничего не отправлено</translation>
    </message>
    <message>
        <source>could not make a socket pair for the jump host</source>
        <translation>не удалось создать пару сокетов для промежуточного хоста</translation>
    </message>
</context>
<context>
    <name>tuning</name>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>Every connection reserves memory and a process; with a pool in front, the expected number of connections is enough.</source>
        <translation>Каждое подключение резервирует память и процесс; с пулом соединений перед сервером достаточно ожидаемого числа подключений.</translation>
    </message>
    <message>
        <source>expected connections</source>
        <translation>ожидаемые подключения</translation>
    </message>
    <message>
        <source>PGTune&apos;s default for the workload</source>
        <translation>значение PGTune для нагрузки</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s own page cache; about a quarter of RAM leaves the rest to the OS cache.</source>
        <translation>Собственный страничный кэш PostgreSQL; около четверти ОЗУ оставляет остальное кэшу ОС.</translation>
    </message>
    <message>
        <source>RAM / 16</source>
        <translation>ОЗУ / 16</translation>
    </message>
    <message>
        <source>RAM / 4</source>
        <translation>ОЗУ / 4</translation>
    </message>
    <message>
        <source>Tells the planner how much data the OS and PostgreSQL can cache, so index scans are costed realistically. Allocates nothing.</source>
        <translation>Сообщает планировщику, сколько данных могут кэшировать ОС и PostgreSQL, чтобы стоимость индексных сканирований оценивалась реалистично. Ничего не выделяет.</translation>
    </message>
    <message>
        <source>RAM × 3/4</source>
        <translation>ОЗУ × 3/4</translation>
    </message>
    <message>
        <source>Memory for VACUUM, CREATE INDEX and ALTER TABLE ADD FOREIGN KEY; faster index builds.</source>
        <translation>Память для VACUUM, CREATE INDEX и ALTER TABLE ADD FOREIGN KEY; ускоряет построение индексов.</translation>
    </message>
    <message>
        <source>RAM / 8, at most 8GB</source>
        <translation>ОЗУ / 8, не больше 8GB</translation>
    </message>
    <message>
        <source>RAM / 16, at most 8GB</source>
        <translation>ОЗУ / 16, не больше 8GB</translation>
    </message>
    <message>
        <source>Memory per sort or hash before it spills to temporary files; a query can use it several times, so it is divided by connections × 3.</source>
        <translation>Память на одну сортировку или хеш до сброса во временные файлы; запрос может использовать её несколько раз, поэтому она делится на подключения × 3.</translation>
    </message>
    <message>
        <source>(RAM − shared_buffers) / ((max_connections + max_worker_processes) × 3), ÷2 for DW/mixed, ÷6 for desktop, at least 4MB</source>
        <translation>(ОЗУ − shared_buffers) / ((max_connections + max_worker_processes) × 3), ÷2 для DW/mixed, ÷6 для desktop, не меньше 4MB</translation>
    </message>
    <message>
        <source>Huge pages cut page-table overhead for a large shared_buffers (2GB and more).</source>
        <translation>Огромные страницы снижают накладные расходы таблиц страниц при большом shared_buffers (от 2GB).</translation>
    </message>
    <message>
        <source>try when shared_buffers ≥ 2GB, else off</source>
        <translation>try, если shared_buffers ≥ 2GB, иначе off</translation>
    </message>
    <message>
        <source>Caps each autovacuum worker so several workers cannot take maintenance_work_mem each.</source>
        <translation>Ограничивает каждый рабочий процесс autovacuum, чтобы несколько процессов не заняли каждый по maintenance_work_mem.</translation>
    </message>
    <message>
        <source>2GB when maintenance_work_mem ≥ 2GB</source>
        <translation>2GB, если maintenance_work_mem ≥ 2GB</translation>
    </message>
    <message>
        <source>WAL and checkpoints</source>
        <translation>WAL и контрольные точки</translation>
    </message>
    <message>
        <source>WAL written between flushes; 16MB is enough for most write loads.</source>
        <translation>WAL, записываемый между сбросами; 16MB достаточно для большинства нагрузок на запись.</translation>
    </message>
    <message>
        <source>3% of shared_buffers, at most 16MB (above 14MB rounded to 16MB), at least 32kB</source>
        <translation>3% от shared_buffers, не больше 16MB (выше 14MB округляется до 16MB), не меньше 32kB</translation>
    </message>
    <message>
        <source>WAL kept for reuse, so bursts do not create new segment files.</source>
        <translation>WAL, сохраняемый для повторного использования, чтобы всплески не создавали новые файлы сегментов.</translation>
    </message>
    <message>
        <source>by workload</source>
        <translation>по типу нагрузки</translation>
    </message>
    <message>
        <source>WAL allowed between checkpoints; too small forces requested checkpoints under load.</source>
        <translation>Допустимый WAL между контрольными точками; слишком малое значение вызывает контрольные точки по запросу под нагрузкой.</translation>
    </message>
    <message>
        <source>Spreads checkpoint writes over 90% of the interval instead of a burst.</source>
        <translation>Растягивает запись контрольной точки на 90% интервала вместо всплеска.</translation>
    </message>
    <message>
        <source>0.9</source>
        <translation>0.9</translation>
    </message>
    <message>
        <source>Compresses full-page images in WAL: less WAL I/O for a little CPU.</source>
        <translation>Сжимает образы полных страниц в WAL: меньше ввода-вывода WAL за немного процессорного времени.</translation>
    </message>
    <message>
        <source>lz4 on PostgreSQL 15+, on for 10-14</source>
        <translation>lz4 на PostgreSQL 15+, on для 10–14</translation>
    </message>
    <message>
        <source>A desktop database needs no replication WAL.</source>
        <translation>Настольной базе не нужен WAL для репликации.</translation>
    </message>
    <message>
        <source>minimal for desktop</source>
        <translation>minimal для desktop</translation>
    </message>
    <message>
        <source>Required to be 0 with wal_level = minimal.</source>
        <translation>При wal_level = minimal должно быть 0.</translation>
    </message>
    <message>
        <source>0 with wal_level = minimal</source>
        <translation>0 при wal_level = minimal</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Планировщик</translation>
    </message>
    <message>
        <source>Random reads cost almost the same as sequential ones on SSD/SAN, so index scans should not be penalised (the default 4 assumes spinning disks).</source>
        <translation>Случайное чтение на SSD/SAN стоит почти как последовательное, поэтому индексные сканирования не должны штрафоваться (значение по умолчанию 4 рассчитано на вращающиеся диски).</translation>
    </message>
    <message>
        <source>1.1 for SSD/SAN, 4 for HDD</source>
        <translation>1.1 для SSD/SAN, 4 для HDD</translation>
    </message>
    <message>
        <source>How many concurrent reads the storage handles; used for bitmap heap scan prefetching.</source>
        <translation>Сколько одновременных чтений выдерживает хранилище; используется для упреждающего чтения при сканировании по битовой карте.</translation>
    </message>
    <message>
        <source>200 SSD, 300 SAN, 2 HDD</source>
        <translation>200 SSD, 300 SAN, 2 HDD</translation>
    </message>
    <message>
        <source>Histogram size per column; analytics benefits from finer statistics.</source>
        <translation>Размер гистограммы на столбец; аналитике полезна более подробная статистика.</translation>
    </message>
    <message>
        <source>500 for data warehouse, else 100</source>
        <translation>500 для хранилища данных, иначе 100</translation>
    </message>
    <message>
        <source>JIT compilation adds planning time to short queries; the ticket turns it off for the API.</source>
        <translation>JIT-компиляция добавляет время планирования коротким запросам; заявка отключает её для API.</translation>
    </message>
    <message>
        <source>off for web/OLTP/mixed on PostgreSQL 12+</source>
        <translation>off для web/OLTP/mixed на PostgreSQL 12+</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Параллелизм</translation>
    </message>
    <message>
        <source>Background worker slots, one per CPU.</source>
        <translation>Слоты фоновых процессов, по одному на процессор.</translation>
    </message>
    <message>
        <source>CPUs (from 4 CPUs up)</source>
        <translation>число процессоров (от 4 процессоров)</translation>
    </message>
    <message>
        <source>Workers one query may use.</source>
        <translation>Исполнителей на один запрос.</translation>
    </message>
    <message>
        <source>⌈CPUs / 2⌉, at most 4 except data warehouse</source>
        <translation>⌈процессоры / 2⌉, не больше 4, кроме хранилища данных</translation>
    </message>
    <message>
        <source>Parallel workers across all queries.</source>
        <translation>Параллельных исполнителей на все запросы.</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>процессоры</translation>
    </message>
    <message>
        <source>Workers for CREATE INDEX and VACUUM.</source>
        <translation>Исполнители для CREATE INDEX и VACUUM.</translation>
    </message>
    <message>
        <source>⌈CPUs / 2⌉, at most 4</source>
        <translation>⌈процессоры / 2⌉, не больше 4</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Наблюдаемость</translation>
    </message>
    <message>
        <source>pg_stat_statements must be preloaded to record every statement&apos;s time: the Statements page and the ticket&apos;s slow-query analysis depend on it.</source>
        <translation>pg_stat_statements нужно загружать заранее, чтобы учитывать время каждого запроса: от этого зависят страница «Запросы» и анализ медленных запросов из заявки.</translation>
    </message>
    <message>
        <source>current list + pg_stat_statements</source>
        <translation>текущий список + pg_stat_statements</translation>
    </message>
    <message>
        <source>Also records statements run inside functions (the ticket&apos;s setting).</source>
        <translation>Учитывает также запросы, выполняемые внутри функций (параметр из заявки).</translation>
    </message>
    <message>
        <source>the ticket</source>
        <translation>из заявки</translation>
    </message>
    <message>
        <source>Distinct statements kept before the least used are evicted.</source>
        <translation>Сколько различных запросов хранится до вытеснения наименее используемых.</translation>
    </message>
    <message>
        <source>Measures time spent reading and writing blocks, shown in EXPLAIN (BUFFERS) and statistics.</source>
        <translation>Измеряет время чтения и записи блоков, видимое в EXPLAIN (BUFFERS) и статистике.</translation>
    </message>
    <message>
        <source>Longer query texts in pg_stat_activity, so ORM queries are not cut off.</source>
        <translation>Более длинные тексты запросов в pg_stat_activity, чтобы запросы ORM не обрезались.</translation>
    </message>
    <message>
        <source>Logs every statement slower than 1 s (the ticket&apos;s alert is p95 &gt; 100 ms; 1 s keeps the log small).</source>
        <translation>Записывает в журнал каждый запрос медленнее 1 с (оповещение заявки — p95 &gt; 100 мс; 1 с сохраняет журнал небольшим).</translation>
    </message>
    <message>
        <source>the ticket: 1000 ms</source>
        <translation>из заявки: 1000 мс</translation>
    </message>
    <message>
        <source>Logs sessions that wait longer than deadlock_timeout for a lock.</source>
        <translation>Записывает сеансы, ждущие блокировку дольше deadlock_timeout.</translation>
    </message>
    <message>
        <source>Logs every temporary file: each one is a sort or hash that did not fit into work_mem.</source>
        <translation>Записывает каждый временный файл: каждый — это сортировка или хеш, не поместившиеся в work_mem.</translation>
    </message>
    <message>
        <source>Logs each checkpoint with its cause and duration, to size max_wal_size.</source>
        <translation>Записывает каждую контрольную точку с причиной и длительностью, чтобы подобрать max_wal_size.</translation>
    </message>
    <message>
        <source>Logs connections, to see whether the pool is really reused.</source>
        <translation>Записывает подключения, чтобы видеть, действительно ли пул переиспользует их.</translation>
    </message>
    <message>
        <source>Logs session ends with their duration.</source>
        <translation>Записывает завершение сеансов с их длительностью.</translation>
    </message>
    <message>
        <source>Time, process, user, database, application and client on every log line (pgBadger&apos;s format).</source>
        <translation>Время, процесс, пользователь, база, приложение и клиент в каждой строке журнала (формат pgBadger).</translation>
    </message>
    <message>
        <source>Autovacuum</source>
        <translation>Autovacuum</translation>
    </message>
    <message>
        <source>Never run without autovacuum: dead rows and transaction ID wraparound.</source>
        <translation>Никогда не работайте без autovacuum: мёртвые строки и переполнение счётчика транзакций.</translation>
    </message>
    <message>
        <source>Tables vacuumed at the same time.</source>
        <translation>Таблиц, очищаемых одновременно.</translation>
    </message>
    <message>
        <source>3; 4 from 16 CPUs, 5 from 32 CPUs</source>
        <translation>3; 4 от 16 процессоров, 5 от 32 процессоров</translation>
    </message>
    <message>
        <source>How often each database is checked for tables to vacuum.</source>
        <translation>Как часто каждая база проверяется на таблицы для очистки.</translation>
    </message>
    <message>
        <source>Vacuum once 10% of a table is dead rows (default 20%): busy order tables stay small.</source>
        <translation>Очищать, когда мёртвые строки составляют 10% таблицы (по умолчанию 20%): загруженные таблицы заказов остаются небольшими.</translation>
    </message>
    <message>
        <source>Re-analyze after 5% of rows changed (default 10%), so plans follow the data.</source>
        <translation>Повторный analyze после изменения 5% строк (по умолчанию 10%), чтобы планы следовали за данными.</translation>
    </message>
    <message>
        <source>Apply stopped: %1</source>
        <translation>Применение остановлено: %1</translation>
    </message>
    <message>
        <source>In effect now: %1.</source>
        <translation>Действует сейчас: %1.</translation>
    </message>
    <message>
        <source>Written, waiting for a server restart: %1.</source>
        <translation>Записано, ждёт перезапуска сервера: %1.</translation>
    </message>
    <message>
        <source>Written, applies to new sessions: %1.</source>
        <translation>Записано, действует для новых сеансов: %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>now %1, </source>
        <translation>сейчас %1, </translation>
    </message>
    <message>
        <source>Written now but only used after a server restart: %1.</source>
        <translation>Записано сейчас, но используется только после перезапуска сервера: %1.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>подключение было закрыто</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; may not change %2: ALTER SYSTEM needs a superuser (or GRANT ALTER SYSTEM ON PARAMETER on PostgreSQL 15+). Nothing was changed.</source>
        <translation>Роль &quot;%1&quot; не может изменить %2: ALTER SYSTEM требует суперпользователя (или GRANT ALTER SYSTEM ON PARAMETER на PostgreSQL 15+). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; may not run pg_reload_conf(), so the new values would not take effect: GRANT EXECUTE ON FUNCTION pg_reload_conf() TO &quot;%1&quot;, or apply as a superuser. Nothing was changed.</source>
        <translation>Роль &quot;%1&quot; не может выполнить pg_reload_conf(), поэтому новые значения не вступят в силу: GRANT EXECUTE ON FUNCTION pg_reload_conf() TO &quot;%1&quot; или применяйте как суперпользователь. Ничего не изменено.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>since statistics began (server up since %1)</source>
        <translation>с начала сбора статистики (сервер работает с %1)</translation>
    </message>
    <message>
        <source>since statistics began</source>
        <translation>с начала сбора статистики</translation>
    </message>
    <message>
        <source>No temporary files %1: sorts and hashes fit into work_mem.</source>
        <translation>Временных файлов нет %1: сортировки и хеши помещаются в work_mem.</translation>
    </message>
    <message>
        <source>%1 temporary files, %2 written %3: sorts or hashes spilled to disk.</source>
        <translation>Временных файлов %1, записано %2 %3: сортировки или хеши сбрасывались на диск.</translation>
    </message>
    <message>
        <source>Checkpoints %1: %2 requested (WAL full) vs %3 timed; %4 requested.</source>
        <translation>Контрольные точки %1: по запросу (WAL заполнен) %2 против %3 по времени; по запросу %4.</translation>
    </message>
    <message>
        <source>No block reads counted yet.</source>
        <translation>Чтения блоков ещё не учтены.</translation>
    </message>
    <message>
        <source>Cache hit ratio %1 (%2 hits, %3 reads) %4; the ticket&apos;s target is above 99 %.</source>
        <translation>Доля попаданий в кэш %1 (попаданий %2, чтений %3) %4; цель заявки — выше 99 %.</translation>
    </message>
    <message>
        <source>%1 of %2 connections in use (%3), %4 reserved for superusers.</source>
        <translation>Занято подключений: %1 из %2 (%3), %4 зарезервировано для суперпользователей.</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>HDD (spinning disk)</source>
        <translation>HDD (вращающийся диск)</translation>
    </message>
    <message>
        <source>SAN / network storage</source>
        <translation>SAN / сетевое хранилище</translation>
    </message>
    <message>
        <source>Web application</source>
        <translation>Веб-приложение</translation>
    </message>
    <message>
        <source>OLTP</source>
        <translation>OLTP</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation>Хранилище данных</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Смешанная</translation>
    </message>
    <message>
        <source>Desktop / developer machine</source>
        <translation>Настольная / машина разработчика</translation>
    </message>
    <message>
        <source>%1 RAM, %2 CPUs, %3, %4, %5 connections, PostgreSQL %6</source>
        <translation>%1 ОЗУ, процессоров %2, %3, %4, подключений %5, PostgreSQL %6</translation>
    </message>
    <message>
        <source>, now %1</source>
        <translation>, сейчас %1</translation>
    </message>
    <message>
        <source>pgdba configuration advisor: %1</source>
        <translation>Советник pgdba по конфигурации: %1</translation>
    </message>
    <message>
        <source>ALTER SYSTEM writes postgresql.auto.conf; run it as a superuser.</source>
        <translation>ALTER SYSTEM пишет postgresql.auto.conf; выполняйте от суперпользователя.</translation>
    </message>
    <message>
        <source>Nothing to change: the server already has every recommended value.</source>
        <translation>Менять нечего: на сервере уже все рекомендуемые значения.</translation>
    </message>
    <message>
        <source>These wait for a server restart: %1</source>
        <translation>Эти ждут перезапуска сервера: %1</translation>
    </message>
    <message>
        <source>Save as conf.d/50-pgdba-tuning.conf (postgresql.conf: include_dir = &apos;conf.d&apos;),</source>
        <translation>Сохраните как conf.d/50-pgdba-tuning.conf (postgresql.conf: include_dir = &apos;conf.d&apos;),</translation>
    </message>
    <message>
        <source>then reload (SELECT pg_reload_conf()) or restart where marked.</source>
        <translation>затем перечитайте конфигурацию (SELECT pg_reload_conf()) или перезапустите, где отмечено.</translation>
    </message>
    <message>
        <source>Needs a restart: %1</source>
        <translation>Нужен перезапуск: %1</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>перечитать</translation>
    </message>
    <message>
        <source>reload (new sessions)</source>
        <translation>перечитать (новые сеансы)</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>перезапуск</translation>
    </message>
    <message>
        <source>cannot change</source>
        <translation>нельзя изменить</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>tuning::SettingsModel</name>
    <message>
        <source>as recommended</source>
        <translation>как рекомендовано</translation>
    </message>
    <message>
        <source>change</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>pending restart</source>
        <translation>ожидает перезапуска</translation>
    </message>
    <message>
        <source>not on this server</source>
        <translation>нет на этом сервере</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>не сравнивалось</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>Формула: %1</translation>
    </message>
    <message>
        <source>Set in %1</source>
        <translation>Задано в %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Рекомендуемое</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Вступает в силу</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason / evidence</source>
        <translation>Причина / данные</translation>
    </message>
</context>
<context>
    <name>ui::ActivityActions</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>could not open a connection for actions: %1</source>
        <translation>не удалось открыть подключение для действий: %1</translation>
    </message>
</context>
<context>
    <name>ui::ActivityDelegate</name>
    <message>
        <source>long-running</source>
        <translation>долгие</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>idle in transaction</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>ждут блокировку</translation>
    </message>
    <message>
        <source>blocking others</source>
        <translation>блокируют других</translation>
    </message>
</context>
<context>
    <name>ui::ActivityDetails</name>
    <message>
        <source>Copy query</source>
        <translation>Копировать запрос</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>EXPLAIN</translation>
    </message>
    <message>
        <source>Open this query on the Explain page</source>
        <translation>Открыть этот запрос на странице «План»</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Приложение:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Backend type:</source>
        <translation>Тип процесса:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Wait event:</source>
        <translation>Ожидание:</translation>
    </message>
    <message>
        <source>Blocked by:</source>
        <translation>Блокирован:</translation>
    </message>
    <message>
        <source>Connected:</source>
        <translation>Подключён:</translation>
    </message>
    <message>
        <source>Transaction start:</source>
        <translation>Начало транзакции:</translation>
    </message>
    <message>
        <source>Query start:</source>
        <translation>Начало запроса:</translation>
    </message>
    <message>
        <source>State change:</source>
        <translation>Смена состояния:</translation>
    </message>
    <message>
        <source>XID age:</source>
        <translation>Возраст XID:</translation>
    </message>
    <message>
        <source>Xmin age:</source>
        <translation>Возраст xmin:</translation>
    </message>
    <message>
        <source>Query ID:</source>
        <translation>ID запроса:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a session to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите сеанс, чтобы увидеть подробности.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сеанс %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — blocking other sessions</source>
        <translation> — блокирует другие сеансы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session %1&lt;/b&gt; — &lt;span style=&apos;color:#c62828&apos;&gt;ended&lt;/span&gt;</source>
        <translation>&lt;b&gt;Сеанс %1&lt;/b&gt; — &lt;span style=&apos;color:#c62828&apos;&gt;завершён&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ui::ActivityFilterBar</name>
    <message>
        <source>Hide idle</source>
        <translation>Без простоя</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>application</source>
        <translation>приложение</translation>
    </message>
    <message>
        <source>Hide idle sessions and background processes that have no state</source>
        <translation>Скрыть простаивающие сеансы и фоновые процессы без состояния</translation>
    </message>
    <message>
        <source>any state</source>
        <translation>любое состояние</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>ждут блокировку</translation>
    </message>
    <message>
        <source>blocking others</source>
        <translation>блокируют других</translation>
    </message>
    <message>
        <source>text in query</source>
        <translation>в запросе</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>any duration</source>
        <translation>любая длительность</translation>
    </message>
    <message>
        <source>Only sessions at least this long, in the chosen duration mode</source>
        <translation>Только сеансы не короче этого, в выбранном режиме длительности</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>не менее</translation>
    </message>
</context>
<context>
    <name>ui::ActivityPage</name>
    <message>
        <source>every %1 s</source>
        <translation>каждые %1 с</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Duration: query</source>
        <translation>Длительность: запрос</translation>
    </message>
    <message>
        <source>Duration: transaction</source>
        <translation>Длительность: транзакция</translation>
    </message>
    <message>
        <source>Duration: backend</source>
        <translation>Длительность: сеанс</translation>
    </message>
    <message>
        <source>What the Duration column (and the minimum duration filter) measures</source>
        <translation>Что измеряет столбец «Длительность» (и фильтр минимальной длительности)</translation>
    </message>
    <message>
        <source>Highlights…</source>
        <translation>Выделение…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>Every cancel and terminate attempt, with who, when and the outcome</source>
        <translation>Все попытки отмены и завершения: кто, когда и с каким результатом</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>Cancel the running statement of the selected sessions</source>
        <translation>Отменить выполняемый запрос выбранных сеансов</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <source>Close the connection of the selected sessions</source>
        <translation>Закрыть подключение выбранных сеансов</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>EXPLAIN</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>running ≥ %1 s</source>
        <translation>выполняется ≥ %1 с</translation>
    </message>
    <message>
        <source>idle in transaction ≥ %1 s</source>
        <translation>idle in transaction ≥ %1 с</translation>
    </message>
    <message>
        <source>waiting ≥ %1 s</source>
        <translation>ожидает ≥ %1 с</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>блокирует</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>%1 sessions, %2 shown · server %3 ms</source>
        <translation>сеансов %1, показано %2 · сервер %3 мс</translation>
    </message>
    <message>
        <source>Server time of the activity query: %1 ms; round trip: %2 ms</source>
        <translation>Время запроса активности на сервере: %1 мс; полный круг: %2 мс</translation>
    </message>
    <message>
        <source>Cancel %1…</source>
        <translation>Отменить %1…</translation>
    </message>
    <message>
        <source>Terminate %1…</source>
        <translation>Завершить %1…</translation>
    </message>
    <message>
        <source>Copy query</source>
        <translation>Копировать запрос</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
</context>
<context>
    <name>ui::ActivityThresholdsDialog</name>
    <message>
        <source>Highlight thresholds</source>
        <translation>Пороги выделения</translation>
    </message>
    <message>
        <source>Sessions stand out by colour once they pass these thresholds:</source>
        <translation>Сеансы выделяются цветом, когда превышают эти пороги:</translation>
    </message>
    <message>
        <source>always</source>
        <translation>всегда</translation>
    </message>
</context>
<context>
    <name>ui::AdvisorPage</name>
    <message>
        <source>Also plan statements that &amp;write (never run)</source>
        <translation>Также планировать &amp;изменяющие запросы (не выполняются)</translation>
    </message>
    <message>
        <source>&amp;Run advisor</source>
        <translation>&amp;Запустить советника</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Create &amp;migration…</source>
        <translation>Создать &amp;миграцию…</translation>
    </message>
    <message>
        <source>&amp;Explain statement</source>
        <translation>EXPLAIN &amp;запроса</translation>
    </message>
    <message>
        <source>Statements of pg_stat_statements by total time</source>
        <translation>Запросы pg_stat_statements по общему времени</translation>
    </message>
    <message>
        <source>The advisor reads this database&apos;s top statements from pg_stat_statements, plans them (nothing is run), derives candidate indexes from their scans and costs them with HypoPG: nothing is built. It needs the pg_stat_statements and hypopg extensions.</source>
        <translation>Советник читает самые тяжёлые запросы этой базы из pg_stat_statements, строит их планы (ничего не выполняется), выводит индексы-кандидаты из их сканирований и оценивает их через HypoPG: ничего не создаётся. Нужны расширения pg_stat_statements и hypopg.</translation>
    </message>
    <message>
        <source>S&amp;tatements:</source>
        <translation>За&amp;просов:</translation>
    </message>
    <message>
        <source>At most &amp;new indexes:</source>
        <translation>Не более &amp;новых индексов:</translation>
    </message>
    <message>
        <source>Migrations &amp;folder:</source>
        <translation>&amp;Папка миграций:</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Папка миграций</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Исправление: %2</translation>
    </message>
    <message>
        <source>%1: %2 statements planned (%3 skipped), %4 candidate indexes costed with HypoPG %5 in %6 EXPLAINs, %7 s.</source>
        <translation>%1: спланировано запросов %2 (пропущено %3), индексов-кандидатов %4 оценено через HypoPG %5 за %6 EXPLAIN, %7 с.</translation>
    </message>
    <message>
        <source>Workload cost (calls × planner cost) with the proposed indexes: −%1 %.</source>
        <translation>Стоимость нагрузки (вызовы × стоимость плана) с предложенными индексами: −%1 %.</translation>
    </message>
    <message>
        <source>No new index would lower the workload&apos;s cost by 1 % or more.</source>
        <translation>Ни один новый индекс не снизит стоимость нагрузки на 1 % или больше.</translation>
    </message>
    <message>
        <source>Statements this index helps (cost with all proposed indexes):</source>
        <translation>Запросы, которым помогает этот индекс (стоимость со всеми предложенными индексами):</translation>
    </message>
    <message>
        <source>Statements whose plan uses this index now (they would lose it):</source>
        <translation>Запросы, чей план сейчас использует этот индекс (они его потеряют):</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Choose a folder for the migration file.</source>
        <translation>Выберите папку для файла миграции.</translation>
    </message>
    <message>
        <source>Written %1 and its down file; the migration wizard opens on it.</source>
        <translation>Записаны %1 и файл отката; мастер миграций открывается на нём.</translation>
    </message>
    <message>
        <source>Index advice</source>
        <translation>Советы по индексам</translation>
    </message>
</context>
<context>
    <name>ui::AlertTray</name>
    <message>
        <source>pgdba: no open alerts</source>
        <translation>pgdba: открытых оповещений нет</translation>
    </message>
    <message>
        <source>pgdba: open alerts: %1, not acknowledged: %2</source>
        <translation>pgdba: открытых оповещений: %1, не подтверждено: %2</translation>
    </message>
    <message>
        <source>Worst: %1 on %2</source>
        <translation>Худшее: %1 на %2</translation>
    </message>
</context>
<context>
    <name>ui::AlertsPage</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Подтвердить…</translation>
    </message>
    <message>
        <source>&amp;Mute rule…</source>
        <translation>&amp;Заглушить правило…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>M&amp;ute / unmute…</source>
        <translation>Заглушить/&amp;включить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Alerts of the rules below, evaluated every 10 s on the server you are connected to (and by pgdba record for recorded servers), with the history of each: when it fired, who acknowledged it, when it resolved.</source>
        <translation>Оповещения по правилам ниже: проверяются каждые 10 с на сервере, к которому вы подключены (и pgdba record для записываемых серверов), с историей каждого: когда сработало, кто подтвердил, когда снято.</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Этот сервер</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Все серверы</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>A&amp;dd rule…</source>
        <translation>&amp;Добавить правило…</translation>
    </message>
    <message>
        <source>Command &amp;hook…</source>
        <translation>&amp;Команда-обработчик…</translation>
    </message>
    <message>
        <source>%1 alert on %2</source>
        <translation>%1: оповещение на %2</translation>
    </message>
    <message>
        <source>Resolved on %1</source>
        <translation>Снято на %1</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Открытых оповещений нет.</translation>
    </message>
    <message>
        <source>Open alerts: %1, not acknowledged: %2, worst: %3</source>
        <translation>Открытых оповещений: %1, не подтверждено: %2, худшее: %3</translation>
    </message>
    <message>
        <source>No command hook.</source>
        <translation>Команды-обработчика нет.</translation>
    </message>
    <message>
        <source>Hook: %1</source>
        <translation>Обработчик: %1</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Подтвердить оповещение</translation>
    </message>
    <message>
        <source>Acknowledge &quot;%1&quot; on %2 as %3?

The alert stays open until its condition clears; it is marked as seen by %3 now, in the alert history of every pgdba that uses this store.</source>
        <translation>Подтвердить «%1» на %2 от имени %3?

Оповещение останется открытым, пока условие не уйдёт; оно будет отмечено как просмотренное пользователем %3 сейчас — в истории оповещений каждого pgdba, работающего с этим хранилищем.</translation>
    </message>
    <message>
        <source>The alert could not be acknowledged: %1</source>
        <translation>Не удалось подтвердить оповещение: %1</translation>
    </message>
    <message>
        <source>Mute the rule &quot;%1&quot; (%2)?

It fires no new alert on any server until you unmute it; alerts of this rule that are open now still resolve when their condition clears.</source>
        <translation>Заглушить правило «%1» (%2)?

Оно не создаст новых оповещений ни на одном сервере, пока вы его не включите; уже открытые оповещения этого правила всё равно снимутся, когда условие уйдёт.</translation>
    </message>
    <message>
        <source>Unmute the rule &quot;%1&quot; (%2)?

It fires again when its condition holds.</source>
        <translation>Включить правило «%1» (%2)?

Оно снова будет срабатывать, когда выполнено условие.</translation>
    </message>
    <message>
        <source>Mute rule</source>
        <translation>Заглушить правило</translation>
    </message>
    <message>
        <source>Unmute rule</source>
        <translation>Включить правило</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot; (%2)?

Its open alerts resolve at the next reading; its history stays. The shipped rules come back only if every rule is deleted.</source>
        <translation>Удалить правило «%1» (%2)?

Его открытые оповещения снимутся при следующем чтении; история останется. Поставляемые правила вернутся, только если удалить все правила.</translation>
    </message>
    <message>
        <source>Command hook</source>
        <translation>Команда-обработчик</translation>
    </message>
    <message>
        <source>A program to run for every alert event (fired, acknowledged, resolved), with its arguments; it gets the alert as JSON on standard input. No shell is used. Empty: no hook.</source>
        <translation>Программа с аргументами, запускаемая на каждое событие оповещения (сработало, подтверждено, снято); оповещение передаётся ей в JSON на стандартный вход. Оболочка не используется. Пусто — без обработчика.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
</context>
<context>
    <name>ui::ApplyDialog</name>
    <message>
        <source>Apply configuration</source>
        <translation>Применить конфигурацию</translation>
    </message>
    <message>
        <source>pgdba will run these statements on the server, on its own connection. ALTER SYSTEM writes postgresql.auto.conf; pg_reload_conf() makes reloadable settings take effect now.</source>
        <translation>pgdba выполнит эти команды на сервере через отдельное подключение. ALTER SYSTEM пишет postgresql.auto.conf; pg_reload_conf() вводит в действие параметры, не требующие перезапуска.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>ui::AuditPage</name>
    <message>
        <source>This server</source>
        <translation>Этот сервер</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Все серверы</translation>
    </message>
    <message>
        <source>search (pid, user, application, query, outcome…)</source>
        <translation>поиск (pid, пользователь, приложение, запрос, результат…)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Every cancel and terminate attempt made with pgdba on this computer, from the window and from the command line: when, on which server, as which role and OS user, which session, and what happened.</source>
        <translation>Все попытки отмены и завершения, сделанные в pgdba на этом компьютере из окна и из командной строки: когда, на каком сервере, от какой роли и пользователя ОС, какой сеанс и что произошло.</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>записей: %1 из %2</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит</translation>
    </message>
</context>
<context>
    <name>ui::BenchmarkPage</name>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>label, e.g. before 002</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарий:</translation>
    </message>
    <message>
        <source>C&amp;ouriers:</source>
        <translation>&amp;Курьеры:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Пул:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Сравнение прогонов</translation>
    </message>
    <message>
        <source>Stopping: the couriers finish the request in hand…</source>
        <translation>Остановка: курьеры завершают текущие запросы…</translation>
    </message>
    <message>
        <source>Not connected: connect to a server with the demo database to run the benchmark.</source>
        <translation>Нет подключения: подключитесь к серверу с демонстрационной базой, чтобы запустить тест.</translation>
    </message>
    <message>
        <source>Database &lt;b&gt;%1&lt;/b&gt;: about %2 orders; indexes on orders/order_events: %3</source>
        <translation>База &lt;b&gt;%1&lt;/b&gt;: около %2 заказов; индексы orders/order_events: %3</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has no demo tables (orders, order_events). Create and fill them with: pgdba demo init --dsn &quot;…dbname=%1&quot; --orders 1000000</source>
        <translation>В базе &quot;%1&quot; нет демо-таблиц (orders, order_events). Создайте их: pgdba demo init --dsn &quot;…dbname=%1&quot; --orders 1000000</translation>
    </message>
    <message>
        <source>Claims set status = &apos;assigned&apos;, courier_id and assigned_at on &apos;new&apos; orders and insert an &apos;assigned&apos; row into order_events for each claim (up to every new order in the table).</source>
        <translation>Захваты выставляют status = &apos;assigned&apos;, courier_id и assigned_at заказам в статусе &apos;new&apos; и вставляют строку &apos;assigned&apos; в order_events для каждого захвата (вплоть до всех новых заказов таблицы).</translation>
    </message>
    <message>
        <source>The unsafe claim assigns orders WITHOUT a row lock on purpose: some orders will be claimed twice, and the check will report it.</source>
        <translation>Небезопасный захват намеренно назначает заказы БЕЗ блокировки строки: некоторые заказы будут захвачены дважды, и проверка это покажет.</translation>
    </message>
    <message>
        <source>New orders are inserted into orders, each with a &apos;created&apos; row in order_events.</source>
        <translation>Новые заказы вставляются в orders, у каждого — строка &apos;created&apos; в order_events.</translation>
    </message>
    <message>
        <source>Run a benchmark that writes</source>
        <translation>Запустить тест с записью</translation>
    </message>
    <message>
        <source>This run changes the demo tables in database &quot;%1&quot; on %2 for up to %3 s:</source>
        <translation>Этот прогон изменит демонстрационные таблицы базы &quot;%1&quot; на %2 в течение до %3 с:</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message>
        <source>Running: %1 s, %2 requests, %3 now, p95 %4, %5 claimed; pool %6 in use, %7 waiting</source>
        <translation>Идёт: %1 с, запросов %2, сейчас %3, p95 %4, захвачено %5; пул: занято %6, ждут %7</translation>
    </message>
    <message>
        <source>The run did not happen.</source>
        <translation>Прогон не состоялся.</translation>
    </message>
    <message>
        <source>Done: %1 requests in %2 s; saved as %3.</source>
        <translation>Готово: %1 запросов за %2 с; сохранено как %3.</translation>
    </message>
    <message>
        <source>Done in %1 s; the history store is unavailable, so the run was not saved.</source>
        <translation>Готово за %1 с; хранилище истории недоступно, поэтому прогон не сохранён.</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Нагрузка</translation>
    </message>
</context>
<context>
    <name>ui::ChoosePage</name>
    <message>
        <source>Built-in</source>
        <translation>Встроенная</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <source>Apply (up) to the selected version</source>
        <translation>Применить (up) до выбранной версии</translation>
    </message>
    <message>
        <source>Roll back (down) the selected version</source>
        <translation>Откатить (down) выбранную версию</translation>
    </message>
    <message>
        <source>One-off index migration</source>
        <translation>Разовая миграция индекса</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>The server, the migration folder, and what to apply or roll back.</source>
        <translation>Сервер, папка миграций и что применить или откатить.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Up (edit if needed):</source>
        <translation>Up (можно изменить):</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>Down:</translation>
    </message>
    <message>
        <source>The query&apos;s plan now and with the index as a hypothetical one (HypoPG, nothing is built):</source>
        <translation>План запроса сейчас и с индексом как гипотетическим (HypoPG, ничего не строится):</translation>
    </message>
    <message>
        <source>Estimate again</source>
        <translation>Оценить снова</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>План сейчас</translation>
    </message>
    <message>
        <source>With the index (hypothetical)</source>
        <translation>С индексом (гипотетически)</translation>
    </message>
    <message>
        <source>none: a one-off migration for index %1 (not recorded in the version table)</source>
        <translation>нет: разовая миграция для индекса %1 (не записывается в таблицу версий)</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Чтение базы…</translation>
    </message>
    <message>
        <source>alembic_version: %1</source>
        <translation>alembic_version: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>No version table yet (public.pgdba_migrations is created by the first run).</source>
        <translation>Таблицы версий пока нет (public.pgdba_migrations создаётся первым прогоном).</translation>
    </message>
    <message>
        <source>Index %1 is being built by pid %2.</source>
        <translation>Индекс %1 строится процессом pid %2.</translation>
    </message>
    <message>
        <source>INVALID index %1 on %2 (preflight offers to drop it).</source>
        <translation>Индекс INVALID %1 на %2 (предварительная проверка предложит его удалить).</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>Migration folder</source>
        <translation>Папка миграций</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Will apply</source>
        <translation>Будет применено</translation>
    </message>
    <message>
        <source>Will roll back</source>
        <translation>Будет откачено</translation>
    </message>
    <message>
        <source>The finding came without its query: no plan to compare.</source>
        <translation>Замечание пришло без запроса: сравнивать нечего.</translation>
    </message>
    <message>
        <source>HypoPG is not installed in this database: CREATE EXTENSION hypopg shows the plan with a hypothetical index before anything is built.</source>
        <translation>HypoPG не установлен в этой базе: CREATE EXTENSION hypopg покажет план с гипотетическим индексом до того, как что-либо будет построено.</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Оценка…</translation>
    </message>
</context>
<context>
    <name>ui::ComparePanel</name>
    <message>
        <source>Ratios are B/A: below 1× B took less time (green), above 1× more (red); for throughput above 1× is better.</source>
        <translation>Отношения B/A: ниже 1× B заняло меньше времени (зелёный), выше 1× — больше (красный); для пропускной способности выше 1× — лучше.</translation>
    </message>
    <message>
        <source>Run A (before):</source>
        <translation>Прогон A (до):</translation>
    </message>
    <message>
        <source>Run B (after):</source>
        <translation>Прогон B (после):</translation>
    </message>
</context>
<context>
    <name>ui::CompareTab</name>
    <message>
        <source>Swap</source>
        <translation>Поменять</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>ui::ConfigurationPage</name>
    <message>
        <source>Only settings that differ</source>
        <translation>Только отличия</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Save conf.d snippet…</source>
        <translation>Сохранить фрагмент conf.d…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Применить…</translation>
    </message>
    <message>
        <source>Evidence from the server&apos;s counters</source>
        <translation>Данные счётчиков сервера</translation>
    </message>
    <message>
        <source>ALTER SYSTEM script</source>
        <translation>Скрипт ALTER SYSTEM</translation>
    </message>
    <message>
        <source>conf.d snippet</source>
        <translation>Фрагмент conf.d</translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation>Результат применения</translation>
    </message>
    <message>
        <source>ALTER SYSTEM for the checked settings, then pg_reload_conf(), on a separate connection</source>
        <translation>ALTER SYSTEM для отмеченных параметров, затем pg_reload_conf(), через отдельное подключение</translation>
    </message>
    <message>
        <source>%1 recommended settings: %2 differ from the server (%3 of them need a restart), %4 checked for Apply, %5 pending restart.</source>
        <translation>Рекомендовано параметров: %1; отличаются: %2 (перезапуск: %3), отмечено: %4, ждут перезапуска: %5.</translation>
    </message>
    <message>
        <source>%1 recommended settings for %2. Connect to a server to compare them with pg_settings.</source>
        <translation>Рекомендуемых параметров для %2: %1. Подключитесь к серверу, чтобы сравнить их с pg_settings.</translation>
    </message>
    <message>
        <source>Connect to a server to see its temporary files, checkpoints, cache hit ratio and connections.</source>
        <translation>Подключитесь к серверу, чтобы увидеть его временные файлы, контрольные точки, долю попаданий в кэш и подключения.</translation>
    </message>
    <message>
        <source>work_mem</source>
        <translation>work_mem</translation>
    </message>
    <message>
        <source>max_wal_size</source>
        <translation>max_wal_size</translation>
    </message>
    <message>
        <source>shared_buffers</source>
        <translation>shared_buffers</translation>
    </message>
    <message>
        <source>max_connections</source>
        <translation>max_connections</translation>
    </message>
    <message>
        <source>Nothing to apply: check the settings to change in the table.</source>
        <translation>Применять нечего: отметьте в таблице параметры для изменения.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; is not a superuser: ALTER SYSTEM will be refused unless it was granted ALTER SYSTEM on each of these parameters.</source>
        <translation>Роль &quot;%1&quot; — не суперпользователь: ALTER SYSTEM будет отклонён, если ей не выдано ALTER SYSTEM на каждый из этих параметров.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n setting(s)…</source>
        <translation>
            <numerusform>Применение %n параметра…</numerusform>
            <numerusform>Применение %n параметров…</numerusform>
            <numerusform>Применение %n параметров…</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>waits for a restart</source>
        <translation>ждёт перезапуска</translation>
    </message>
    <message>
        <source>in effect (%1)</source>
        <translation>действует (%1)</translation>
    </message>
    <message>
        <source>written; applies to new sessions</source>
        <translation>записано; действует для новых сеансов</translation>
    </message>
    <message>
        <source>Save conf.d snippet</source>
        <translation>Сохранить фрагмент conf.d</translation>
    </message>
    <message>
        <source>Configuration files (*.conf)</source>
        <translation>Файлы конфигурации (*.conf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
</context>
<context>
    <name>ui::ConnectDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Подключение к PostgreSQL</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/db  or  host=… dbname=…  or  service=name</source>
        <translation>postgresql://user@host:5432/db  или  host=… dbname=…  или  service=имя</translation>
    </message>
    <message>
        <source>from PGHOST, else local socket</source>
        <translation>из PGHOST, иначе локальный сокет</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>from PGDATABASE, else the user name</source>
        <translation>из PGDATABASE, иначе имя пользователя</translation>
    </message>
    <message>
        <source>from PGUSER, else your login</source>
        <translation>из PGUSER, иначе ваш логин</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass, PGPASSWORD or the keyring</source>
        <translation>пусто: ~/.pgpass, PGPASSWORD или хранилище паролей</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>по умолчанию (prefer)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;URI / conninfo:</source>
        <translation>&amp;URI / conninfo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Тайм-аут подключения:</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Connect</source>
        <translation>Сохранить и подключиться</translation>
    </message>
    <message>
        <source>Fill in the fields, or paste a URI / conninfo string (fields then override it).</source>
        <translation>Заполните поля или вставьте строку URI / conninfo (поля её переопределяют).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; the connection string cannot be read: %1</source>
        <translation>&lt;b&gt;Не сохранено:&lt;/b&gt; строку подключения не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>Invalid connection string: %1</source>
        <translation>Неверная строка подключения: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ошибка:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> (superuser)</source>
        <translation> (суперпользователь)</translation>
    </message>
    <message>
        <source>Save passwords and passphrases in the system keyring</source>
        <translation>Сохранять пароли и парольные фразы в системном хранилище ключей</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>SSH-туннель</translation>
    </message>
    <message>
        <source>No keyring is running: secrets are used for this session only.</source>
        <translation>Хранилище ключей не запущено: секреты используются только в этом сеансе.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Never encrypt: passwords and data cross the network readable by anyone on the way.</source>
        <translation>Никогда не шифровать: пароли и данные идут по сети открытыми для всех на пути.</translation>
    </message>
    <message>
        <source>Try without encryption first; encrypt only if the server insists. Nothing is checked.</source>
        <translation>Сначала без шифрования; шифровать, только если сервер требует. Ничего не проверяется.</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it, else connect in clear; the certificate is not checked.</source>
        <translation>Шифровать, если сервер предлагает, иначе открыто; сертификат не проверяется.</translation>
    </message>
    <message>
        <source>Always encrypt, but do not check the certificate: protects against eavesdropping, not against a man in the middle.</source>
        <translation>Всегда шифровать, но не проверять сертификат: защищает от прослушивания, но не от человека посередине.</translation>
    </message>
    <message>
        <source>Encrypt and check that the server&apos;s certificate is signed by your root certificate; any host that CA certified is accepted.</source>
        <translation>Шифровать и проверять, что сертификат сервера подписан вашим корневым сертификатом; принимается любой хост, заверенный этим УЦ.</translation>
    </message>
    <message>
        <source>Encrypt, check the certificate against your root certificate and that it names this host: protects also against a man in the middle holding a valid certificate for another host.</source>
        <translation>Шифровать, проверять сертификат по корневому и что он выдан этому хосту: защищает и от человека посередине с действительным сертификатом на другой хост.</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer): encrypt when the server offers it; the certificate is not checked.</source>
        <translation>По умолчанию libpq (prefer): шифровать, если сервер предлагает; сертификат не проверяется.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>default ~/.postgresql/root.crt; needed by verify-ca/full</source>
        <translation>по умолчанию ~/.postgresql/root.crt; нужен для verify-ca/full</translation>
    </message>
    <message>
        <source>client certificate, if the server asks for one</source>
        <translation>клиентский сертификат, если сервер его требует</translation>
    </message>
    <message>
        <source>the client certificate&apos;s private key</source>
        <translation>закрытый ключ клиентского сертификата</translation>
    </message>
    <message>
        <source>if the key is encrypted (kept in the keyring)</source>
        <translation>если ключ зашифрован (хранится в хранилище ключей)</translation>
    </message>
    <message>
        <source>certificate revocation list (optional)</source>
        <translation>список отзыва сертификатов (необязательно)</translation>
    </message>
    <message>
        <source>default (TLSv1.2)</source>
        <translation>по умолчанию (TLSv1.2)</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>Режим &amp;SSL:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Корневой сертификат:</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Корневой сертификат</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Сертификат клиента:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Сертификат клиента</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Кл&amp;юч клиента:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Ключ клиента</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Пароль ключа:</translation>
    </message>
    <message>
        <source>Revocation &amp;list:</source>
        <translation>Список &amp;отзыва:</translation>
    </message>
    <message>
        <source>Certificate revocation list</source>
        <translation>Список отзыва сертификатов</translation>
    </message>
    <message>
        <source>Minimum &amp;protocol:</source>
        <translation>Мин. &amp;протокол:</translation>
    </message>
    <message>
        <source>Connect through an SSH tunnel</source>
        <translation>Подключаться через SSH-туннель</translation>
    </message>
    <message>
        <source>bastion host</source>
        <translation>хост-бастион</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ваше имя для входа</translation>
    </message>
    <message>
        <source>empty: the ssh-agent</source>
        <translation>пусто: ssh-agent</translation>
    </message>
    <message>
        <source>optional: user@jumphost[:port]</source>
        <translation>необязательно: user@jumphost[:port]</translation>
    </message>
    <message>
        <source>The host above is then the database as the SSH server sees it (often localhost). The server&apos;s key is checked against ~/.ssh/known_hosts.</source>
        <translation>Хост выше — это тогда база данных, как её видит SSH-сервер (часто localhost). Ключ сервера сверяется с ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>SSH h&amp;ost:</source>
        <translation>Х&amp;ост SSH:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>Пользователь SS&amp;H:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Файл ключа:</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Закрытый ключ SSH</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>&amp;Промежуточный хост:</translation>
    </message>
    <message>
        <source>give the SSH host, or turn the SSH tunnel off</source>
        <translation>укажите хост SSH или выключите SSH-туннель</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Не сохранено:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>, certificate and host name verified</source>
        <translation>, сертификат и имя хоста проверены</translation>
    </message>
    <message>
        <source>, certificate verified (not the host name)</source>
        <translation>, сертификат проверен (имя хоста — нет)</translation>
    </message>
    <message>
        <source>, certificate NOT verified</source>
        <translation>, сертификат НЕ проверен</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>без шифрования</translation>
    </message>
    <message>
        <source>&lt;b&gt;OK:&lt;/b&gt; PostgreSQL %1 as %2%3, round trip %4 ms; %5%6</source>
        <translation>&lt;b&gt;OK:&lt;/b&gt; PostgreSQL %1 как %2%3, время отклика %4 мс; %5%6</translation>
    </message>
    <message>
        <source>; through SSH %1</source>
        <translation>; через SSH %1</translation>
    </message>
</context>
<context>
    <name>ui::DashboardPage</name>
    <message>
        <source>Sessions by state</source>
        <translation>Сеансы по состоянию</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>Транзакций в секунду</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/с</translation>
    </message>
    <message>
        <source>Tuples in per second</source>
        <translation>Записано кортежей в секунду</translation>
    </message>
    <message>
        <source>Tuples out per second</source>
        <translation>Прочитано кортежей в секунду</translation>
    </message>
    <message>
        <source>Block I/O per second and cache hit ratio</source>
        <translation>Блочный ввод-вывод в секунду и доля попаданий в кэш</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активны</translation>
    </message>
    <message>
        <source>waiting on lock</source>
        <translation>блокировка</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>idle in transaction</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>простой</translation>
    </message>
    <message>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>фиксации</translation>
    </message>
    <message>
        <source>rollbacks</source>
        <translation>откаты</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>вставлено</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>hit ratio %</source>
        <translation>попад. %</translation>
    </message>
    <message>
        <source>read from disk</source>
        <translation>прочитано с диска</translation>
    </message>
    <message>
        <source>hit in cache</source>
        <translation>найдено в кэше</translation>
    </message>
    <message>
        <source>cache hit ratio</source>
        <translation>доля попаданий в кэш</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>Все базы</translation>
    </message>
    <message>
        <source>last %1 min</source>
        <translation>за %1 мин</translation>
    </message>
    <message>
        <source>last %1 h</source>
        <translation>за %1 ч</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>каждые %1 с</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>How long the history store keeps dashboard samples (older ones are deleted)</source>
        <translation>Сколько хранилище истории держит замеры панели (более старые удаляются)</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Хранить историю</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>all databases</source>
        <translation>все базы данных</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) in the window (%1 min). History: %2</source>
        <translation>
            <numerusform>%n точка в окне (%1 мин). История: %2</numerusform>
            <numerusform>%n точки в окне (%1 мин). История: %2</numerusform>
            <numerusform>%n точек в окне (%1 мин). История: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
</context>
<context>
    <name>ui::DashboardSummary</name>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Commits / rollbacks</source>
        <translation>Фиксации / откаты</translation>
    </message>
    <message>
        <source>Tuples in</source>
        <translation>Кортежи на запись</translation>
    </message>
    <message>
        <source>Tuples out</source>
        <translation>Кортежи на чтение</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Доля попаданий в кэш</translation>
    </message>
    <message>
        <source>Now — %1</source>
        <translation>Сейчас — %1</translation>
    </message>
    <message>
        <source>collecting: rates appear after the second sample</source>
        <translation>сбор данных: скорости появятся после второго замера</translation>
    </message>
    <message>
        <source>%1 (%2 active, %3 waiting, %4 idle in transaction)</source>
        <translation>%1 (активны %2, ждут %3, idle in tx %4)</translation>
    </message>
    <message>
        <source>%1 / %2 per s</source>
        <translation>%1 / %2 в с</translation>
    </message>
    <message>
        <source>%1 ins, %2 upd, %3 del per s</source>
        <translation>%1 вст., %2 обн., %3 удал. в с</translation>
    </message>
    <message>
        <source>%1 fetched, %2 returned per s</source>
        <translation>%1 выбрано, %2 возвращено в с</translation>
    </message>
    <message>
        <source>%1 read, %2 hit per s</source>
        <translation>%1 прочит., %2 попад. в с</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
</context>
<context>
    <name>ui::ErrorBanner</name>
    <message>
        <source>Permission denied for role &quot;%1&quot;: %2. Grant it pg_monitor (read statistics), pg_signal_backend (cancel/terminate) or pg_read_all_stats (see all query texts), or connect as a superuser.</source>
        <translation>Нет прав у роли &quot;%1&quot;: %2. Выдайте ей pg_monitor (чтение статистики), pg_signal_backend (отмена/завершение) или pg_read_all_stats (все тексты запросов) либо подключитесь как суперпользователь.</translation>
    </message>
    <message>
        <source>current role</source>
        <translation>текущая роль</translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation>Проблема с подключением: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Подсказка: %1</translation>
    </message>
</context>
<context>
    <name>ui::ExplainOptionsBar</name>
    <message>
        <source>Execute the statement and report actual times and rows (data changes are rolled back)</source>
        <translation>Выполнить запрос и показать фактическое время и строки (изменения данных откатываются)</translation>
    </message>
    <message>
        <source>Report shared, local and temp buffer usage</source>
        <translation>Показать использование разделяемых, локальных и временных буферов</translation>
    </message>
    <message>
        <source>Output columns, schema-qualified names, per-worker details</source>
        <translation>Выходные столбцы, имена со схемой, подробности по исполнителям</translation>
    </message>
    <message>
        <source>Report planner settings that differ from the defaults</source>
        <translation>Показать параметры планировщика, отличные от значений по умолчанию</translation>
    </message>
    <message>
        <source>Report WAL records and bytes (needs ANALYZE)</source>
        <translation>Показать записи и байты WAL (нужен ANALYZE)</translation>
    </message>
    <message>
        <source>Measure time per node (needs ANALYZE; off lowers the overhead)</source>
        <translation>Замерять время каждого узла (нужен ANALYZE; выключение снижает накладные расходы)</translation>
    </message>
    <message>
        <source>Show the planner&apos;s cost estimates</source>
        <translation>Показать оценки стоимости планировщика</translation>
    </message>
    <message>
        <source>Report planning and execution time</source>
        <translation>Показать время планирования и выполнения</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>statement_timeout of the Explain connection</source>
        <translation>statement_timeout подключения для EXPLAIN</translation>
    </message>
</context>
<context>
    <name>ui::ExplainPage</name>
    <message>
        <source>Run EXPLAIN</source>
        <translation>Выполнить EXPLAIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Run EXPLAIN with the options (Ctrl+Return). A plan pasted into the editor (JSON or text, psql output too) is shown instead.</source>
        <translation>Выполнить EXPLAIN с этими параметрами (Ctrl+Return). Если в редактор вставлен план (JSON или текст, в том числе вывод psql), показывается он.</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Открыть план…</translation>
    </message>
    <message>
        <source>Paste plan</source>
        <translation>Вставить план</translation>
    </message>
    <message>
        <source>Show the plan on the clipboard (JSON or text format, psql output included)</source>
        <translation>Показать план из буфера обмена (JSON или текст, включая вывод psql)</translation>
    </message>
    <message>
        <source>A statement to explain, e.g. SELECT * FROM orders WHERE status = &apos;new&apos; — or paste a plan here and press Run.</source>
        <translation>Запрос для EXPLAIN, например SELECT * FROM orders WHERE status = &apos;new&apos;, — или вставьте сюда план и нажмите «Выполнить».</translation>
    </message>
    <message>
        <source>Plans shown this session</source>
        <translation>Планы, показанные в этом сеансе</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>Statement received. Press Run EXPLAIN (with ANALYZE it is executed; data changes are rolled back).</source>
        <translation>Запрос получен. Нажмите «Выполнить EXPLAIN» (с ANALYZE он выполняется; изменения данных откатываются).</translation>
    </message>
    <message>
        <source>Statement received for database %1. Press Run EXPLAIN (with ANALYZE it is executed; data changes are rolled back).</source>
        <translation>Запрос для базы %1 получен. Нажмите «Выполнить EXPLAIN» (с ANALYZE он выполняется; изменения данных откатываются).</translation>
    </message>
    <message>
        <source>Write a statement to explain, or paste a plan.</source>
        <translation>Напишите запрос для EXPLAIN или вставьте план.</translation>
    </message>
    <message>
        <source>pasted plan</source>
        <translation>вставленный план</translation>
    </message>
    <message>
        <source>Write the statement without EXPLAIN: the page adds EXPLAIN with the options above.</source>
        <translation>Пишите запрос без EXPLAIN: страница сама добавит EXPLAIN с параметрами выше.</translation>
    </message>
    <message>
        <source>The cancel request could not be delivered.</source>
        <translation>Запрос отмены не удалось доставить.</translation>
    </message>
    <message>
        <source>Connect to a server to run EXPLAIN. Plans can still be opened or pasted.</source>
        <translation>Подключитесь к серверу, чтобы выполнить EXPLAIN. Планы по-прежнему можно открыть или вставить.</translation>
    </message>
    <message>
        <source>Running EXPLAIN ANALYZE…</source>
        <translation>Выполняется EXPLAIN ANALYZE…</translation>
    </message>
    <message>
        <source>Running EXPLAIN…</source>
        <translation>Выполняется EXPLAIN…</translation>
    </message>
    <message>
        <source>Run with side effects?</source>
        <translation>Выполнить с побочными эффектами?</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Всё равно выполнить</translation>
    </message>
    <message>
        <source>Cancelled: the server stopped the statement%1.</source>
        <translation>Отменено: сервер остановил запрос%1.</translation>
    </message>
    <message>
        <source> and rolled it back</source>
        <translation> и откатил его</translation>
    </message>
    <message>
        <source>The statement ran longer than the timeout (%1 s) and was stopped.</source>
        <translation>Запрос выполнялся дольше тайм-аута (%1 с) и был остановлен.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>В буфере обмена нет текста.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>буфер обмена</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <source>Plans (*.json *.txt *.log *.out)</source>
        <translation>Планы (*.json *.txt *.log *.out)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Чтение плана…</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Замечания (%1)</translation>
    </message>
    <message>
        <source>No plan yet: run a statement, open a plan file or paste one.</source>
        <translation>Плана пока нет: выполните запрос, откройте файл плана или вставьте его.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Всего %1</translation>
    </message>
    <message>
        <source>planning %1</source>
        <translation>планирование %1</translation>
    </message>
    <message>
        <source>execution %1</source>
        <translation>выполнение %1</translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation>триггеры %1</translation>
    </message>
    <message>
        <source>JIT %1</source>
        <translation>JIT %1</translation>
    </message>
    <message>
        <source>buffers %1</source>
        <translation>буферы %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n узел</numerusform>
            <numerusform>%n узла</numerusform>
            <numerusform>%n узлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>EXPLAIN</translation>
    </message>
    <message>
        <source>Run the statement (EXPLAIN)</source>
        <translation>Выполнить запрос (EXPLAIN)</translation>
    </message>
</context>
<context>
    <name>ui::FleetPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>name, group, status, version</source>
        <translation>имя, группа, состояние, версия</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Обновлять каждые:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Enter or a double click opens the server. Unreachable servers are retried with a growing pause (up to a minute); hover the status for libpq&apos;s message.</source>
        <translation>Enter или двойной щелчок открывает сервер. Недоступные серверы опрашиваются снова с растущей паузой (до минуты); полное сообщение libpq — в подсказке к состоянию.</translation>
    </message>
    <message>
        <source>No saved servers yet: add one with Server → New connection, or &lt;code&gt;pgdba server add NAME --dsn DSN&lt;/code&gt;.</source>
        <translation>Сохранённых серверов пока нет: добавьте сервер через Сервер → Новое подключение или &lt;code&gt;pgdba server add ИМЯ --dsn DSN&lt;/code&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n server(s)&lt;/b&gt;: %1 reachable, %2 unreachable, %3 critical health checks</source>
        <translation>
            <numerusform>&lt;b&gt;%n сервер&lt;/b&gt;: доступны %1, недоступны %2, критических проверок %3</numerusform>
            <numerusform>&lt;b&gt;%n сервера&lt;/b&gt;: доступны %1, недоступны %2, критических проверок %3</numerusform>
            <numerusform>&lt;b&gt;%n серверов&lt;/b&gt;: доступны %1, недоступны %2, критических проверок %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Парк серверов</translation>
    </message>
</context>
<context>
    <name>ui::HealthPage</name>
    <message>
        <source>Copy SQL</source>
        <translation>Копировать SQL</translation>
    </message>
    <message>
        <source>Connect to a server to run the health checks.</source>
        <translation>Подключитесь к серверу, чтобы выполнить проверки состояния.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>SQL that fixes it:</source>
        <translation>SQL для исправления:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <source>Some checks could not run:
%1</source>
        <translation>Некоторые проверки не выполнены:
%1</translation>
    </message>
    <message>
        <source>Database %1: %2 critical, %3 warning, %4 OK — checked %5</source>
        <translation>База %1: критических %2, предупреждений %3, в норме %4 — проверено %5</translation>
    </message>
    <message>
        <source>Select a check or a finding to see its evidence and the SQL that fixes it.</source>
        <translation>Выберите проверку или замечание, чтобы увидеть данные и SQL для исправления.</translation>
    </message>
    <message>
        <source>-- no single statement fixes this; see the evidence</source>
        <translation>-- одной командой это не исправить; см. данные</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ui::HelpViewer</name>
    <message>
        <source>pgdba user guide</source>
        <translation>Руководство пользователя pgdba</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
</context>
<context>
    <name>ui::HistogramChart</name>
    <message>
        <source>latency up to, ms</source>
        <translation>задержка до, мс</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>запросы</translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation>Гистограмма задержек</translation>
    </message>
    <message>
        <source>Latency histogram: %1</source>
        <translation>Гистограмма задержек: %1</translation>
    </message>
</context>
<context>
    <name>ui::HostKeyPrompt</name>
    <message>
        <source>Unknown SSH host key</source>
        <translation>Неизвестный ключ хоста SSH</translation>
    </message>
    <message>
        <source>The SSH server &lt;b&gt;%1&lt;/b&gt; is not known yet.</source>
        <translation>SSH-сервер &lt;b&gt;%1&lt;/b&gt; пока неизвестен.</translation>
    </message>
    <message>
        <source>Its %1 key has the fingerprint&lt;br&gt;&lt;span style=&quot;white-space:nowrap&quot;&gt;&lt;tt&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/tt&gt;&lt;/span&gt;&lt;br&gt;&lt;br&gt;Compare it with the fingerprint the server&apos;s administrator gives you (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on the server&apos;s host key). Accept only if they are the same: the key is then added to %3 and checked on every connection.</source>
        <translation>Отпечаток его ключа %1:&lt;br&gt;&lt;span style=&quot;white-space:nowrap&quot;&gt;&lt;tt&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/tt&gt;&lt;/span&gt;&lt;br&gt;&lt;br&gt;Сравните его с отпечатком, который даст администратор сервера (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; для ключа хоста на сервере). Принимайте, только если они совпадают: тогда ключ будет добавлен в %3 и будет проверяться при каждом подключении.</translation>
    </message>
    <message>
        <source>&amp;Accept and remember</source>
        <translation>&amp;Принять и запомнить</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Отказать</translation>
    </message>
</context>
<context>
    <name>ui::IncidentDialog</name>
    <message>
        <source>Lock incident at %1</source>
        <translation>Инцидент блокировки в %1</translation>
    </message>
    <message numerus="yes">
        <source>Root blocker pid %1 (%2) held a lock for %3 s; at worst %n session(s) waited (%4 %5).</source>
        <translation>
            <numerusform>Корневой блокирующий pid %1 (%2) держал блокировку %3 с; в худший момент ждал %n сеанс (%4 %5).</numerusform>
            <numerusform>Корневой блокирующий pid %1 (%2) держал блокировку %3 с; в худший момент ждали %n сеанса (%4 %5).</numerusform>
            <numerusform>Корневой блокирующий pid %1 (%2) держал блокировку %3 с; в худший момент ждали %n сеансов (%4 %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Replay in Locks</source>
        <translation>Повтор в «Блокировках»</translation>
    </message>
</context>
<context>
    <name>ui::InputsForm</name>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> ГБ</translation>
    </message>
    <message>
        <source>PGTune default</source>
        <translation>значение PGTune</translation>
    </message>
    <message>
        <source>Connections you expect (with a pool: its size plus a margin).</source>
        <translation>Ожидаемые подключения (с пулом: его размер плюс запас).</translation>
    </message>
    <message>
        <source>The ticket&apos;s VPS</source>
        <translation>VPS из заявки</translation>
    </message>
    <message>
        <source>4 GB RAM, 2 vCPU, SSD, web application, 100 connections</source>
        <translation>4 ГБ ОЗУ, 2 vCPU, SSD, веб-приложение, 100 подключений</translation>
    </message>
    <message>
        <source>RAM:</source>
        <translation>ОЗУ:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>Процессоры:</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Хранилище:</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Нагрузка:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Подключения:</translation>
    </message>
    <message>
        <source>PostgreSQL:</source>
        <translation>PostgreSQL:</translation>
    </message>
    <message>
        <source>Read from the connected server</source>
        <translation>Прочитать с подключённого сервера</translation>
    </message>
</context>
<context>
    <name>ui::LiveChart</name>
    <message>
        <source>Throughput and p95 latency, per second</source>
        <translation>Пропускная способность и задержка p95, по секундам</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Запросов/с</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (мс)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>запросов/с</translation>
    </message>
    <message>
        <source>p95, ms</source>
        <translation>p95, мс</translation>
    </message>
</context>
<context>
    <name>ui::LockActions</name>
    <message>
        <source>not connected to a server</source>
        <translation>нет подключения к серверу</translation>
    </message>
    <message>
        <source>could not open the actions connection: %1</source>
        <translation>не удалось открыть подключение для действий: %1</translation>
    </message>
</context>
<context>
    <name>ui::LocksPage</name>
    <message>
        <source>Cancel query…</source>
        <translation>Отменить запрос…</translation>
    </message>
    <message>
        <source>Terminate session…</source>
        <translation>Завершить сеанс…</translation>
    </message>
    <message>
        <source>Release root blocker…</source>
        <translation>Снять корневую блокировку…</translation>
    </message>
    <message>
        <source>&lt;b&gt;All locks&lt;/b&gt;, per relation and mode</source>
        <translation>&lt;b&gt;Все блокировки&lt;/b&gt; по отношениям и режимам</translation>
    </message>
    <message>
        <source>(all locks are not recorded)</source>
        <translation>(все блокировки не записываются)</translation>
    </message>
    <message>
        <source> · refreshed every %1 s (many locks)</source>
        <translation> · обновление каждые %1 с (много блокировок)</translation>
    </message>
    <message>
        <source>No session is waiting for a lock.</source>
        <translation>Ни один сеанс не ждёт блокировку.</translation>
    </message>
    <message>
        <source>Blocked sessions: %1 · root blockers: %2 · longest chain: %3 · oldest wait: %4.</source>
        <translation>Заблокировано сеансов: %1 · корневых блокирующих: %2 · самая длинная цепочка: %3 · самое долгое ожидание: %4.</translation>
    </message>
    <message>
        <source>Likely culprit: pid %1, idle in transaction for %2 and blocking %3.</source>
        <translation>Вероятный виновник: pid %1, idle in transaction уже %2, блокирует %3.</translation>
    </message>
    <message>
        <source>A wait cycle is shown: the server breaks deadlocks after deadlock_timeout.</source>
        <translation>Показан цикл ожидания: сервер разрывает взаимоблокировки после deadlock_timeout.</translation>
    </message>
    <message>
        <source>Terminate the root blocker of the selected session, which frees the sessions waiting behind it.</source>
        <translation>Завершить корневой блокирующий сеанс для выбранного сеанса, что освободит ждущие за ним сеансы.</translation>
    </message>
    <message>
        <source>pid %1 is a parallel worker; the action goes to its leader, pid %2.</source>
        <translation>pid %1 — параллельный исполнитель; действие направляется его ведущему, pid %2.</translation>
    </message>
    <message>
        <source>pid %1 blocks sessions: %2 wait on it.</source>
        <translation>pid %1 блокирует сеансы: его ждут %2.</translation>
    </message>
    <message>
        <source>Waiting: %1.</source>
        <translation>Ожидание: %1.</translation>
    </message>
    <message>
        <source>Release root blocker pid %1: %2 waiting on it (%3 directly); ending it frees %4 waiting session(s).</source>
        <translation>Снять корневую блокировку pid %1: его ждут %2 (напрямую %3); завершение освободит ждущих сеансов: %4.</translation>
    </message>
    <message>
        <source>What it is doing: %1</source>
        <translation>Что он делает: %1</translation>
    </message>
    <message>
        <source>It is idle in transaction: cancelling would not help, so it is terminated.</source>
        <translation>Он в состоянии idle in transaction: отмена не поможет, поэтому он завершается.</translation>
    </message>
    <message>
        <source>It is a parallel worker; its leader, pid %1, is terminated.</source>
        <translation>Это параллельный исполнитель; завершается его ведущий, pid %1.</translation>
    </message>
    <message>
        <source>Copy query</source>
        <translation>Копировать запрос</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Блокировки</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>pgdba</source>
        <translation>pgdba</translation>
    </message>
    <message>
        <source>&lt;b&gt;Servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Серверы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Новое подключение…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключиться</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&lt;h2&gt;pgdba&lt;/h2&gt;&lt;p&gt;Choose a server on the left, or create a new connection (Ctrl+N).&lt;/p&gt;&lt;p&gt;Connection details can also come from PG* environment variables, ~/.pgpass and pg_service.conf, as in psql.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;pgdba&lt;/h2&gt;&lt;p&gt;Выберите сервер слева или создайте новое подключение (Ctrl+N).&lt;/p&gt;&lt;p&gt;Параметры подключения можно также взять из переменных окружения PG*, ~/.pgpass и pg_service.conf, как в psql.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Новое подключение…</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Изменить выбранное…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключиться</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Системный (%1)</translation>
    </message>
    <message>
        <source>Takes effect when pgdba is restarted</source>
        <translation>Вступает в силу после перезапуска pgdba</translation>
    </message>
    <message>
        <source>The language changes when pgdba is restarted.</source>
        <translation>Язык сменится после перезапуска pgdba.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source> (superuser)</source>
        <translation> (суперпользователь)</translation>
    </message>
    <message>
        <source>● not answering for %1 s</source>
        <translation>● не отвечает %1 с</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● подключено</translation>
    </message>
    <message>
        <source>● connecting…</source>
        <translation>● подключение…</translation>
    </message>
    <message>
        <source>● connection lost — reconnecting</source>
        <translation>● подключение потеряно — переподключение</translation>
    </message>
    <message>
        <source>● disconnected</source>
        <translation>● отключено</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 мс</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлое</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмное</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide for this page</source>
        <translation>&amp;Руководство по этой странице</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About pgdba</source>
        <translation>&amp;О программе pgdba</translation>
    </message>
    <message>
        <source>About pgdba</source>
        <translation>О программе pgdba</translation>
    </message>
    <message>
        <source>&lt;b&gt;pgdba %1&lt;/b&gt;&lt;p&gt;A PostgreSQL DBA console.&lt;/p&gt;</source>
        <translation>&lt;b&gt;pgdba %1&lt;/b&gt;&lt;p&gt;Консоль администратора PostgreSQL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Страницы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Экспорт &amp;отчёта…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
</context>
<context>
    <name>ui::MigrationWizard</name>
    <message>
        <source>Index migration</source>
        <translation>Миграция индекса</translation>
    </message>
    <message>
        <source>Create index %1</source>
        <translation>Создать индекс %1</translation>
    </message>
</context>
<context>
    <name>ui::MigrationsPage</name>
    <message>
        <source>Apply…</source>
        <translation>Применить…</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Откатить…</translation>
    </message>
    <message>
        <source>Mark as applied…</source>
        <translation>Отметить как применённую…</translation>
    </message>
    <message>
        <source>Export SQL…</source>
        <translation>Экспорт SQL…</translation>
    </message>
    <message>
        <source>Export Alembic…</source>
        <translation>Экспорт Alembic…</translation>
    </message>
    <message>
        <source>Record a migration as applied without running it, when its tables and indexes already exist (a schema made outside pgdba, e.g. by pgdba demo init).</source>
        <translation>Записать миграцию как применённую без выполнения, когда её таблицы и индексы уже есть (схема создана вне pgdba, например pgdba demo init).</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Встроенная</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Migration folder</source>
        <translation>Папка миграций</translation>
    </message>
    <message>
        <source>Database %1 as %2.</source>
        <translation>База %1 как %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) recorded in public.pgdba_migrations.</source>
        <translation>
            <numerusform>В public.pgdba_migrations записана %n версия.</numerusform>
            <numerusform>В public.pgdba_migrations записаны %n версии.</numerusform>
            <numerusform>В public.pgdba_migrations записано %n версий.</numerusform>
        </translation>
    </message>
    <message>
        <source>No version table yet: public.pgdba_migrations is created by the first run.</source>
        <translation>Таблицы версий пока нет: public.pgdba_migrations создаётся первым прогоном.</translation>
    </message>
    <message>
        <source>alembic_version: %1</source>
        <translation>alembic_version: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Index %1 is being built by pid %2.</source>
        <translation>Индекс %1 строится процессом pid %2.</translation>
    </message>
    <message>
        <source>INVALID index %1 on %2 — left by an interrupted build; the wizard&apos;s preflight offers to drop it.</source>
        <translation>Индекс INVALID %1 на %2 — остался от прерванного построения; предварительная проверка мастера предложит его удалить.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>Mark as applied</source>
        <translation>Отметить как применённую</translation>
    </message>
    <message>
        <source>Record %1 as applied on %2 without running it?

pgdba first checks that every table and index its up file creates exists (indexes valid); only then it writes the version row to public.pgdba_migrations. Nothing else changes.</source>
        <translation>Записать %1 как применённую на %2 без выполнения?

pgdba сначала проверит, что все таблицы и индексы, создаваемые её файлом up, существуют (индексы рабочие); только тогда он запишет строку версии в public.pgdba_migrations. Больше ничего не меняется.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>%1 recorded as applied (found: %2).</source>
        <translation>%1 записана как применённая (найдено: %2).</translation>
    </message>
    <message>
        <source>%1 not recorded: missing %2.</source>
        <translation>%1 не записана: отсутствует %2.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <source>Could not write to %1.</source>
        <translation>Не удалось записать в %1.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Миграции</translation>
    </message>
</context>
<context>
    <name>ui::NodeDetailsWidget</name>
    <message>
        <source>Copy CREATE INDEX</source>
        <translation>Копировать CREATE INDEX</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Свойство</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Copies the candidate index of the sequential-scan finding</source>
        <translation>Копирует предлагаемый индекс из замечания о последовательном сканировании</translation>
    </message>
    <message>
        <source>Click a node to see all its properties.</source>
        <translation>Щёлкните узел, чтобы увидеть все его свойства.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Собственное</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>Включительное</translation>
    </message>
    <message>
        <source>Per loop</source>
        <translation>За цикл</translation>
    </message>
    <message>
        <source>%1 .. %2</source>
        <translation>%1 .. %2</translation>
    </message>
    <message>
        <source>Parallel processes</source>
        <translation>Параллельные процессы</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>не выполнялся</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерялось</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Actual per loop</source>
        <translation>Факт за цикл</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Циклы</translation>
    </message>
    <message>
        <source>Actual total</source>
        <translation>Факт всего</translation>
    </message>
    <message>
        <source>Estimated per loop</source>
        <translation>Оценка за цикл</translation>
    </message>
    <message>
        <source>Misestimate</source>
        <translation>Ошибка оценки</translation>
    </message>
    <message>
        <source>Removed by filter</source>
        <translation>Отброшено фильтром</translation>
    </message>
    <message>
        <source>Removed by index recheck</source>
        <translation>Отброшено перепроверкой индекса</translation>
    </message>
    <message>
        <source>Removed by join filter</source>
        <translation>Отброшено фильтром соединения</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Буферы</translation>
    </message>
    <message>
        <source>I/O time</source>
        <translation>Время в/в</translation>
    </message>
    <message>
        <source>read %1, write %2</source>
        <translation>чтение %1, запись %2</translation>
    </message>
    <message>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <source>%1 records, %2 bytes</source>
        <translation>записей %1, байт %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Candidate index</source>
        <translation>Предлагаемый индекс</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Исполнитель %1</translation>
    </message>
    <message>
        <source>Time, rows, loops</source>
        <translation>Время, строки, циклы</translation>
    </message>
    <message>
        <source>%1, %2 rows, %3 loops</source>
        <translation>%1, строк %2, циклов %3</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Все свойства</translation>
    </message>
</context>
<context>
    <name>ui::OverviewPage</name>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>Работает:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Подключения:</translation>
    </message>
    <message>
        <source>Cache hit ratio:</source>
        <translation>Доля попаданий в кэш:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Фиксации</translation>
    </message>
    <message>
        <source>XID age</source>
        <translation>Возраст XID</translation>
    </message>
    <message>
        <source> (superuser)</source>
        <translation> (суперпользователь)</translation>
    </message>
    <message>
        <source> (pg_monitor)</source>
        <translation> (pg_monitor)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 active)</source>
        <translation>%1 из %2 (активных %3)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>sessions now, cancel, terminate</source>
        <translation>сеансы сейчас, отмена, завершение</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Блокировки</translation>
    </message>
    <message>
        <source>who blocks whom</source>
        <translation>кто кого блокирует</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>charts and history</source>
        <translation>графики и история</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>session history, replay</source>
        <translation>история сеансов, повтор</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>top statements</source>
        <translation>самые тяжёлые запросы</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Репликация</translation>
    </message>
    <message>
        <source>standbys, slots, WAL</source>
        <translation>реплики, слоты, WAL</translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <source>maintenance, bloat, xmin</source>
        <translation>обслуживание, раздувание, xmin</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>EXPLAIN</translation>
    </message>
    <message>
        <source>plans and findings</source>
        <translation>планы и находки</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Миграции</translation>
    </message>
    <message>
        <source>index changes, wizard</source>
        <translation>изменения индексов, мастер</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>what pgdba did</source>
        <translation>что сделал pgdba</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>settings advisor</source>
        <translation>советы по настройкам</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>workload, latency</source>
        <translation>нагрузка, задержки</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>Базы данных:</translation>
    </message>
    <message>
        <source>Health and alerts</source>
        <translation>Состояние и тревоги</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>%1 — PostgreSQL %2, %3</source>
        <translation>%1 — PostgreSQL %2, %3</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>реплика</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>основной</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n база данных</numerusform>
            <numerusform>%n базы данных</numerusform>
            <numerusform>%n баз данных</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 in all</source>
        <translation>, всего %1</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n активный</numerusform>
            <numerusform>%n активных</numerusform>
            <numerusform>%n активных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting on a lock</source>
        <translation>
            <numerusform>%n ждёт блокировку</numerusform>
            <numerusform>%n ждут блокировку</numerusform>
            <numerusform>%n ждут блокировку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle in transaction</source>
        <translation>
            <numerusform>%n простаивает в транзакции</numerusform>
            <numerusform>%n простаивают в транзакции</numerusform>
            <numerusform>%n простаивают в транзакции</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle</source>
        <translation>
            <numerusform>%n простаивает</numerusform>
            <numerusform>%n простаивают</numerusform>
            <numerusform>%n простаивают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running for over a minute</source>
        <translation>
            <numerusform>%n работает больше минуты</numerusform>
            <numerusform>%n работают больше минуты</numerusform>
            <numerusform>%n работают больше минуты</numerusform>
        </translation>
    </message>
    <message>
        <source>Health checks could not run: %1</source>
        <translation>Проверки состояния не удалось выполнить: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%1 critical&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#9a5b00&apos;&gt;%2 warning(s)&lt;/span&gt; · %3 OK — checked %4</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;критических: %1&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#9a5b00&apos;&gt;предупреждений: %2&lt;/span&gt; · в порядке: %3 — проверено %4</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;No open alerts.&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;Открытых тревог нет.&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Все проверки</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Транзакций/с</translation>
    </message>
    <message>
        <source>%1 transactions/s</source>
        <translation>%1 транзакций/с</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Активные сеансы</translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n активный сеанс</numerusform>
            <numerusform>%n активных сеанса</numerusform>
            <numerusform>%n активных сеансов</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Парк серверов</translation>
    </message>
    <message>
        <source>every saved server at once</source>
        <translation>все сохранённые серверы сразу</translation>
    </message>
    <message>
        <source>Index advice</source>
        <translation>Советы по индексам</translation>
    </message>
    <message>
        <source>indexes for the whole workload</source>
        <translation>индексы для всей нагрузки</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>проверки</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>rules, open and past alerts</source>
        <translation>правила, открытые и прошлые оповещения</translation>
    </message>
</context>
<context>
    <name>ui::Page</name>
    <message>
        <source>Server connection not ready</source>
        <translation>Подключение к серверу не готово</translation>
    </message>
    <message>
        <source>Server not answering</source>
        <translation>Сервер не отвечает</translation>
    </message>
    <message>
        <source>%1 — data may be out of date</source>
        <translation>%1 — данные могут быть устаревшими</translation>
    </message>
    <message>
        <source>%1 — last refreshed %2 s ago</source>
        <translation>%1 — обновлено %2 с назад</translation>
    </message>
</context>
<context>
    <name>ui::ParamsBar</name>
    <message>
        <source>Parameters:</source>
        <translation>Параметры:</translation>
    </message>
</context>
<context>
    <name>ui::PlanCompareWidget</name>
    <message>
        <source>Choose two plans to compare.</source>
        <translation>Выберите два плана для сравнения.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B/A</source>
        <translation>B/A</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation>Время планирования</translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation>Время выполнения</translation>
    </message>
    <message>
        <source>Buffers (blocks)</source>
        <translation>Буферы (блоки)</translation>
    </message>
    <message>
        <source>Shared read</source>
        <translation>Прочит. shared</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 nodes changed, %2 only in %3, %4 only in %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Изменено узлов: %1, только в %3: %2, только в %5: %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ui::PlanNodeItem</name>
    <message>
        <source>no timing</source>
        <translation>нет времени</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>не выполнялся</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 из %2 строк</translation>
    </message>
    <message>
        <source>%1 rows (estimate)</source>
        <translation>%1 строк (оценка)</translation>
    </message>
    <message>
        <source>loops %1</source>
        <translation>циклов %1</translation>
    </message>
    <message>
        <source>buffers %1</source>
        <translation>буферы %1</translation>
    </message>
    <message>
        <source>workers %1/%2</source>
        <translation>исполнителей %1/%2</translation>
    </message>
</context>
<context>
    <name>ui::PlanPanel</name>
    <message>
        <source>Slowest</source>
        <translation>Медленные</translation>
    </message>
    <message>
        <source>Jump to the nodes with the most exclusive time</source>
        <translation>Перейти к узлам с наибольшим собственным временем</translation>
    </message>
    <message>
        <source>Search nodes (type, table, index, condition)</source>
        <translation>Поиск узлов (тип, таблица, индекс, условие)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Уменьшить (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit the plan in the window (0)</source>
        <translation>Вписать план в окно (0)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Cards at their natural size</source>
        <translation>Карточки в натуральную величину</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <source>Collapse everything below the top levels</source>
        <translation>Свернуть всё ниже верхних уровней</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Развернуть</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>Развернуть все узлы</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the plan as a PNG image</source>
        <translation>Экспортировать план как изображение PNG</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the plan as an SVG drawing</source>
        <translation>Экспортировать план как рисунок SVG</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Копировать текстом</translation>
    </message>
    <message>
        <source>Copy the annotated plan as text</source>
        <translation>Копировать аннотированный план как текст</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>No timing in this plan</source>
        <translation>В этом плане нет времени</translation>
    </message>
    <message>
        <source>Export plan as SVG</source>
        <translation>Экспорт плана в SVG</translation>
    </message>
    <message>
        <source>Export plan as PNG</source>
        <translation>Экспорт плана в PNG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Plan exported to %1.</source>
        <translation>План экспортирован в %1.</translation>
    </message>
    <message>
        <source>The annotated plan was copied as text.</source>
        <translation>Аннотированный план скопирован как текст.</translation>
    </message>
</context>
<context>
    <name>ui::PlanStatsWidget</name>
    <message>
        <source>Node type</source>
        <translation>Тип узла</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Per node type</source>
        <translation>По типу узла</translation>
    </message>
    <message>
        <source>Per table</source>
        <translation>По таблице</translation>
    </message>
    <message>
        <source>Per index</source>
        <translation>По индексу</translation>
    </message>
</context>
<context>
    <name>ui::PlanTimeline</name>
    <message>
        <source>No plan captured yet</source>
        <translation>Планов пока нет</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
</context>
<context>
    <name>ui::PreflightPage</name>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Drop INVALID index…</source>
        <translation>Удалить индекс INVALID…</translation>
    </message>
    <message>
        <source>Open Activity page</source>
        <translation>Открыть «Активность»</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Предварительная проверка</translation>
    </message>
    <message>
        <source>Read-only checks before anything runs. A failed check blocks the run.</source>
        <translation>Проверки только на чтение до любого выполнения. Непройденная проверка блокирует прогон.</translation>
    </message>
    <message>
        <source>I have read the destructive statements above and want them to run</source>
        <translation>Я прочитал(а) разрушающие команды выше и хочу их выполнить</translation>
    </message>
    <message>
        <source>Lock timeout for the run:</source>
        <translation>Тайм-аут блокировки для прогона:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Every statement gives up after waiting this long for a lock, so sessions queued behind it never wait longer.</source>
        <translation>Каждая команда сдаётся, прождав блокировку столько времени, поэтому сеансы в очереди за ней никогда не ждут дольше.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>run</source>
        <translation>выполнить</translation>
    </message>
    <message>
        <source>Another migration run is in progress on this database</source>
        <translation>В этой базе уже идёт другой прогон миграций</translation>
    </message>
    <message>
        <source>Held by %1. Wait for it to finish, then check again.</source>
        <translation>Удерживает %1. Дождитесь завершения, затем проверьте снова.</translation>
    </message>
    <message>
        <source>a session that just ended</source>
        <translation>только что завершившийся сеанс</translation>
    </message>
    <message>
        <source>%1 pass · %2 info · %3 warn · %4 fail</source>
        <translation>пройдено %1 · инфо %2 · предупр. %3 · ошибок %4</translation>
    </message>
    <message>
        <source>Preflight found problems: fix them (or drop the INVALID indexes) and check again.</source>
        <translation>Предварительная проверка нашла проблемы: исправьте их (или удалите индексы INVALID) и проверьте снова.</translation>
    </message>
    <message>
        <source>Drop INVALID index</source>
        <translation>Удалить индекс INVALID</translation>
    </message>
    <message>
        <source>This runs on %1:

%2

The index is INVALID (left by an interrupted build) and never used by queries; dropping it lets the migration build it again.</source>
        <translation>Будет выполнено на %1:

%2

Индекс INVALID (остался от прерванного построения) и запросами не используется; его удаление позволит миграции построить его заново.</translation>
    </message>
    <message>
        <source>Drop index</source>
        <translation>Удалить индекс</translation>
    </message>
</context>
<context>
    <name>ui::ReplayBanner</name>
    <message>
        <source>Back to live</source>
        <translation>К текущему</translation>
    </message>
    <message>
        <source>One sample back (Ctrl+Left)</source>
        <translation>На замер назад (Ctrl+Left)</translation>
    </message>
    <message>
        <source>One sample on (Ctrl+Right)</source>
        <translation>На замер вперёд (Ctrl+Right)</translation>
    </message>
    <message numerus="yes">
        <source>%n busy session(s), %1 idle (counted only)</source>
        <translation>
            <numerusform>%n занятый сеанс, %1 простаивают (только подсчёт)</numerusform>
            <numerusform>%n занятых сеанса, %1 простаивают (только подсчёт)</numerusform>
            <numerusform>%n занятых сеансов, %1 простаивают (только подсчёт)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded at or before %1</source>
        <translation>До %1 включительно ничего не записано</translation>
    </message>
    <message>
        <source>Recorded at %1 — read-only</source>
        <translation>Записано в %1 — только чтение</translation>
    </message>
    <message>
        <source>Reading the recorded moment…</source>
        <translation>Чтение записанного момента…</translation>
    </message>
    <message>
        <source>Replay: one sample back</source>
        <translation>Повтор: на замер назад</translation>
    </message>
    <message>
        <source>Replay: one sample on</source>
        <translation>Повтор: на замер вперёд</translation>
    </message>
</context>
<context>
    <name>ui::ReplicationPage</name>
    <message>
        <source>Drop slot…</source>
        <translation>Удалить слот…</translation>
    </message>
    <message>
        <source>This server is a standby</source>
        <translation>Этот сервер — реплика</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Отставание репликации</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>WAL generated per second</source>
        <translation>Сгенерировано WAL в секунду</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>МБ/с</translation>
    </message>
    <message>
        <source>Checkpoints since the start of the range</source>
        <translation>Контрольные точки с начала диапазона</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Checkpoint write and sync time since the start of the range</source>
        <translation>Время записи и синхронизации контрольных точек с начала диапазона</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Buffers written per second</source>
        <translation>Записано буферов в секунду</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/с</translation>
    </message>
    <message>
        <source>Time range of the charts (read from the history store)</source>
        <translation>Временной диапазон графиков (из хранилища истории)</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 мин</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 ч</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 ч</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 ч</translation>
    </message>
    <message>
        <source>MB not replayed</source>
        <translation>МБ не воспроизведено</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>replay lag (s)</source>
        <translation>отставание воспр. (с)</translation>
    </message>
    <message>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <source>timed</source>
        <translation>по времени</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <source>write</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>синхронизация</translation>
    </message>
    <message>
        <source>checkpointer</source>
        <translation>checkpointer</translation>
    </message>
    <message>
        <source>background writer</source>
        <translation>фоновая запись</translation>
    </message>
    <message>
        <source>backends</source>
        <translation>обслуживающие процессы</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Контр. точки</translation>
    </message>
    <message>
        <source>Write / sync</source>
        <translation>Запись/синхр.</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Буферы</translation>
    </message>
    <message>
        <source>&lt;b&gt;WAL senders&lt;/b&gt; (standbys and subscribers reading from this server)</source>
        <translation>&lt;b&gt;WAL-отправители&lt;/b&gt; (реплики и подписчики, читающие с этого сервера)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replication slots&lt;/b&gt;</source>
        <translation>&lt;b&gt;Слоты репликации&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>Графики:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Standby&lt;/b&gt;, replayed up to %1</source>
        <translation>&lt;b&gt;Реплика&lt;/b&gt;, воспроизведено до %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Primary&lt;/b&gt;, WAL at %1</source>
        <translation>&lt;b&gt;Ведущий&lt;/b&gt;, WAL на %1</translation>
    </message>
    <message numerus="yes">
        <source>%n WAL sender(s)</source>
        <translation>
            <numerusform>%n WAL-отправитель</numerusform>
            <numerusform>%n WAL-отправителя</numerusform>
            <numerusform>%n WAL-отправителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n слот</numerusform>
            <numerusform>%n слота</numerusform>
            <numerusform>%n слотов</numerusform>
        </translation>
    </message>
    <message>
        <source>archiving off</source>
        <translation>архивирование выключено</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;archiving FAILING&lt;/b&gt;: %1 at %2 (%3 failures)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;ОШИБКИ архивирования&lt;/b&gt;: %1 в %2 (ошибок: %3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>archived %1 (last %2), %3 failures</source>
        <translation>заархивировано %1 (последний %2), ошибок %3</translation>
    </message>
    <message>
        <source>WAL %1/s</source>
        <translation>WAL %1/с</translation>
    </message>
    <message>
        <source>%1: %2 (snapshot %3, lock %4, buffer pin %5)</source>
        <translation>%1: %2 (снимок %3, блокировка %4, закрепление буфера %5)</translation>
    </message>
    <message>
        <source>WAL receiver: &lt;b&gt;%1&lt;/b&gt; from %2, slot %3</source>
        <translation>Приёмник WAL: &lt;b&gt;%1&lt;/b&gt; от %2, слот %3</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>не работает</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Received %1 · replayed %2 · %3 waiting to be replayed</source>
        <translation>Получено %1 · воспроизведено %2 · ждёт воспроизведения %3</translation>
    </message>
    <message>
        <source>Replay delay (now − last replayed transaction): &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Задержка воспроизведения (сейчас − последняя воспроизведённая транзакция): &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;REPLAY PAUSED&lt;/b&gt;&lt;/span&gt; (SELECT pg_wal_replay_resume() to continue)</source>
        <translation> · &lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;ВОСПРОИЗВЕДЕНИЕ ПРИОСТАНОВЛЕНО&lt;/b&gt;&lt;/span&gt; (SELECT pg_wal_replay_resume() для продолжения)</translation>
    </message>
    <message>
        <source>Recovery conflicts (queries cancelled): %1%2</source>
        <translation>Конфликты восстановления (отменённые запросы): %1%2</translation>
    </message>
    <message>
        <source>In use by pid %1: a slot in use cannot be dropped</source>
        <translation>Используется процессом pid %1: занятый слот удалить нельзя</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Checkpoints in the range: %1 timed, %2 requested</source>
        <translation>Контрольные точки в диапазоне: по времени %1, по запросу %2</translation>
    </message>
    <message>
        <source>Checkpoint time in the range: write %1, sync %2</source>
        <translation>Время контрольных точек в диапазоне: запись %1, синхронизация %2</translation>
    </message>
    <message>
        <source>Drop replication slot</source>
        <translation>Удаление слота репликации</translation>
    </message>
    <message>
        <source>Drop the replication slot &quot;%1&quot; on %2?</source>
        <translation>Удалить слот репликации &quot;%1&quot; на %2?</translation>
    </message>
    <message>
        <source>It frees %1 of WAL kept for it.

What breaks: %2

This cannot be undone and is written to the audit log.</source>
        <translation>Это освободит %1 WAL, удерживаемого для него.

Что сломается: %2

Это нельзя отменить; действие записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Drop slot</source>
        <translation>Удалить слот</translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot; not dropped: %2</source>
        <translation>Слот &quot;%1&quot; не удалён: %2</translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>нет подключения к серверу</translation>
    </message>
    <message>
        <source>could not open the actions connection: %1</source>
        <translation>не удалось открыть подключение для действий: %1</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Репликация</translation>
    </message>
    <message>
        <source>%.0f s</source>
        <translation>%.0f</translation>
    </message>
</context>
<context>
    <name>ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>One HTML file with everything inline (charts as SVG): it opens without a network and prints as it is. A name ending in .pdf is printed to PDF by Chromium.</source>
        <translation>Один HTML-файл, всё внутри (графики в SVG): открывается без сети и печатается как есть. Имя с окончанием .pdf — Chromium напечатает в PDF.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF (*.pdf)</source>
        <translation>Отчёт HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <source>Collecting the report…</source>
        <translation>Сбор отчёта…</translation>
    </message>
</context>
<context>
    <name>ui::ResultsPanel</name>
    <message>
        <source>No run yet. Choose a scenario and press Start, or run &lt;tt&gt;pgdba bench --dsn … --scenario claim&lt;/tt&gt; in a terminal.</source>
        <translation>Прогонов ещё не было. Выберите сценарий и нажмите «Старт» или выполните в терминале &lt;tt&gt;pgdba bench --dsn … --scenario claim&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 on %3, PostgreSQL %4, %5 s, ~%6 orders</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 на %3, PostgreSQL %4, %5 с, ~%6 заказов</translation>
    </message>
    <message>
        <source>Indexes: %1 · pool %2–%3, %4 opened, peak %5 in use</source>
        <translation>Индексы: %1 · пул %2–%3, открыто %4, максимум занято %5</translation>
    </message>
    <message>
        <source>Claims: &lt;b&gt;%1&lt;/b&gt; claimed, &lt;b&gt;%2&lt;/b&gt; not available (%3 skipped as locked by another courier, %4 already taken), %5 deadlocks.</source>
        <translation>Захваты: захвачено &lt;b&gt;%1&lt;/b&gt;, недоступно &lt;b&gt;%2&lt;/b&gt; (%3 пропущено — заблокированы другим курьером, %4 уже заняты), взаимоблокировок %5.</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Ошибки: %1</translation>
    </message>
</context>
<context>
    <name>ui::ReviewPage</name>
    <message>
        <source>Capture the hot queries&apos; plans before the run (EXPLAIN ANALYZE in a rolled-back transaction)</source>
        <translation>Снять планы «горячих» запросов до прогона (EXPLAIN ANALYZE в откатываемой транзакции)</translation>
    </message>
    <message>
        <source>Capture now</source>
        <translation>Снять сейчас</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Обзор изменений</translation>
    </message>
    <message>
        <source>Exactly what will run. Nothing has changed on the server yet.</source>
        <translation>Именно то, что будет выполнено. На сервере пока ничего не изменено.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Plan now (measured)</source>
        <translation>План сейчас (измерено)</translation>
    </message>
    <message>
        <source>With the new indexes (HypoPG, hypothetical)</source>
        <translation>С новыми индексами (HypoPG, гипотетически)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run&lt;/b&gt; %1 %2 — %3 statement(s) on &lt;b&gt;%4&lt;/b&gt;, lock_timeout %5 s. Concurrent builds keep the table writable; each index is verified before the version is recorded.</source>
        <translation>&lt;b&gt;Выполнить&lt;/b&gt; %1 %2 — команд: %3 на &lt;b&gt;%4&lt;/b&gt;, lock_timeout %5 с. Параллельные построения оставляют таблицу доступной для записи; каждый индекс проверяется до записи версии.</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>применяет</translation>
    </message>
    <message>
        <source>rolls back</source>
        <translation>откатывает</translation>
    </message>
    <message>
        <source>No query to compare plans for.</source>
        <translation>Нет запроса, для которого сравнивать планы.</translation>
    </message>
    <message>
        <source>Capturing plans…</source>
        <translation>Снятие планов…</translation>
    </message>
    <message>
        <source>HypoPG is not installed here: no hypothetical plans.</source>
        <translation>HypoPG здесь не установлен: гипотетических планов нет.</translation>
    </message>
    <message>
        <source>The run creates no index: no hypothetical plans.</source>
        <translation>Прогон не создаёт индексов: гипотетических планов нет.</translation>
    </message>
</context>
<context>
    <name>ui::RuleDialog</name>
    <message>
        <source>&amp;Muted (fires nothing until unmuted)</source>
        <translation>&amp;Заглушено (не срабатывает, пока не включено)</translation>
    </message>
    <message>
        <source>Add alert rule</source>
        <translation>Новое правило оповещения</translation>
    </message>
    <message>
        <source>Edit alert rule</source>
        <translation>Изменить правило оповещения</translation>
    </message>
    <message>
        <source>over</source>
        <translation>выше</translation>
    </message>
    <message>
        <source>under</source>
        <translation>ниже</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>all servers</source>
        <translation>все серверы</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Me&amp;tric:</source>
        <translation>&amp;Метрика:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Порог:</translation>
    </message>
    <message>
        <source>&amp;For at least:</source>
        <translation>Д&amp;лительность не менее:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <source>Se&amp;rvers:</source>
        <translation>&amp;Серверы:</translation>
    </message>
    <message>
        <source>Servers: saved names or host:port, separated by commas; empty means every server. The alert resolves once the value is back past the threshold by 5 % for the same duration.</source>
        <translation>Серверы: имена сохранённых серверов или host:port через запятую; пусто — все серверы. Оповещение снимается, когда значение вернётся за порог на 5 % на ту же длительность.</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Добавить правило</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Со&amp;хранить правило</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Дайте правилу название.</translation>
    </message>
    <message>
        <source>Fires when: %1</source>
        <translation>Срабатывает, когда: %1</translation>
    </message>
</context>
<context>
    <name>ui::RunPage</name>
    <message>
        <source>Cancel build</source>
        <translation>Отменить построение</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Statement by statement, on pgdba&apos;s own connection; progress from pg_stat_progress_create_index.</source>
        <translation>Команда за командой, через собственное подключение pgdba; ход по pg_stat_progress_create_index.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 (%n statement(s))</source>
        <translation>
            <numerusform>Выполняется %1 (%n команда)</numerusform>
            <numerusform>Выполняется %1 (%n команды)</numerusform>
            <numerusform>Выполняется %1 (%n команд)</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <source>%1 — statement %2 of %3: %4</source>
        <translation>%1 — команда %2 из %3: %4</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>готово за %1 с</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finished.&lt;/b&gt; Next: verification.</source>
        <translation>&lt;b&gt;Завершено.&lt;/b&gt; Далее: верификация.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Отменено.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ошибка:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Прошло %1</translation>
    </message>
    <message>
        <source>Cancelling: the build stops, then its INVALID index is dropped…</source>
        <translation>Отмена: построение останавливается, затем его индекс INVALID удаляется…</translation>
    </message>
</context>
<context>
    <name>ui::SecurityStatus</name>
    <message>
        <source>SSH %1: reconnecting</source>
        <translation>SSH %1: переподключение</translation>
    </message>
    <message>
        <source>SSH %1</source>
        <translation>SSH %1</translation>
    </message>
    <message>
        <source>encrypted %1 · %2 · %3</source>
        <translation>шифрование %1 · %2 · %3</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>сертификат проверен</translation>
    </message>
    <message>
        <source>certificate verified, host name not checked</source>
        <translation>сертификат проверен, имя хоста не проверялось</translation>
    </message>
    <message>
        <source>certificate not verified</source>
        <translation>сертификат не проверен</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>локальный сокет</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>без шифрования</translation>
    </message>
    <message>
        <source>Through an SSH tunnel via %1 (host key checked against %2).</source>
        <translation>Через SSH-туннель через %1 (ключ хоста сверен с %2).</translation>
    </message>
    <message>
        <source>The database connection itself is not encrypted; the SSH tunnel encrypts it up to the SSH server.</source>
        <translation>Само соединение с базой не зашифровано; SSH-туннель шифрует его до SSH-сервера.</translation>
    </message>
    <message>
        <source>Not encrypted: passwords and data cross the network in clear.</source>
        <translation>Без шифрования: пароли и данные идут по сети открыто.</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2, %3 bits). The server&apos;s certificate was checked against the root certificate and names this host (sslmode verify-full).</source>
        <translation>Зашифровано: %1 (%2, %3 бит). Сертификат сервера проверен по корневому сертификату и выдан этому хосту (sslmode verify-full).</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2). The certificate was checked against the root certificate, but not the host name (sslmode verify-ca).</source>
        <translation>Зашифровано: %1 (%2). Сертификат проверен по корневому сертификату, имя хоста — нет (sslmode verify-ca).</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2), but the server&apos;s certificate was NOT checked (sslmode %3): a man in the middle would not be noticed. Use verify-full with the server&apos;s root certificate.</source>
        <translation>Зашифровано: %1 (%2), но сертификат сервера НЕ проверялся (sslmode %3): человека посередине не заметить. Используйте verify-full с корневым сертификатом сервера.</translation>
    </message>
</context>
<context>
    <name>ui::SessionActionDialog</name>
    <message>
        <source>Cancel statements</source>
        <translation>Отменить запросы</translation>
    </message>
    <message>
        <source>Terminate sessions</source>
        <translation>Завершить сеансы</translation>
    </message>
    <message>
        <source>Then terminate sessions still running the same statement after</source>
        <translation>Затем завершить сеансы, всё ещё выполняющие тот же запрос, через</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>details</source>
        <translation>подробности</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n statement(s)</source>
        <translation>
            <numerusform>Отменить %n запрос</numerusform>
            <numerusform>Отменить %n запроса</numerusform>
            <numerusform>Отменить %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s)</source>
        <translation>
            <numerusform>Завершить %n сеанс</numerusform>
            <numerusform>Завершить %n сеанса</numerusform>
            <numerusform>Завершить %n сеансов</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Не надо</translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Menus open with Alt and the underlined letter; every menu entry has one. Ctrl+Tab and Ctrl+Shift+Tab move between pages.</source>
        <translation>Меню открываются клавишей Alt и подчёркнутой буквой; она есть у каждого пункта меню. Ctrl+Tab и Ctrl+Shift+Tab переключают страницы.</translation>
    </message>
</context>
<context>
    <name>ui::Sparkline</name>
    <message>
        <source>collecting…</source>
        <translation>сбор данных…</translation>
    </message>
</context>
<context>
    <name>ui::StatementActions</name>
    <message>
        <source>Role &quot;%1&quot; may not run pg_stat_statements_reset(). A superuser can allow it: GRANT EXECUTE ON FUNCTION %2.pg_stat_statements_reset TO %3;</source>
        <translation>Роль &quot;%1&quot; не может выполнять pg_stat_statements_reset(). Суперпользователь может разрешить: GRANT EXECUTE ON FUNCTION %2.pg_stat_statements_reset TO %3;</translation>
    </message>
    <message>
        <source>pgdba will run, on %1 as role &quot;%2&quot;:

    SELECT %3.pg_stat_statements_reset();

The counters of all %4 statements pg_stat_statements tracks, in every database and for every role, are discarded and start again from zero%5. Everyone looking at these statistics (other tools, other DBAs) loses them too. Samples pgdba already stored in its history stay.</source>
        <translation>pgdba выполнит на %1 от роли &quot;%2&quot;:

    SELECT %3.pg_stat_statements_reset();

Счётчики всех %4 запросов, которые отслеживает pg_stat_statements, во всех базах и для всех ролей, будут сброшены и начнутся с нуля%5. Все, кто смотрит эту статистику (другие инструменты, другие администраторы), тоже её потеряют. Замеры, уже сохранённые pgdba в истории, останутся.</translation>
    </message>
    <message>
        <source> (pg_stat_statements_info.stats_reset records the time)</source>
        <translation> (время сохраняется в pg_stat_statements_info.stats_reset)</translation>
    </message>
    <message>
        <source>pgdba will run, on %1 as role &quot;%2&quot;:

    SELECT %3.pg_stat_statements_reset(%4, %5, %6);

This discards the counters of one statement (user &quot;%7&quot;, database &quot;%8&quot;):

    %9

%10 calls and %11 of execution time are forgotten; other statements keep theirs.</source>
        <translation>pgdba выполнит на %1 от роли &quot;%2&quot;:

    SELECT %3.pg_stat_statements_reset(%4, %5, %6);

Это сбросит счётчики одного запроса (пользователь &quot;%7&quot;, база &quot;%8&quot;):

    %9

%10 вызовов и %11 времени выполнения будут забыты; у остальных запросов счётчики сохранятся.</translation>
    </message>
    <message>
        <source>pgdba will run, on %1 in database &quot;%2&quot; as role &quot;%3&quot;:

    CREATE EXTENSION IF NOT EXISTS pg_stat_statements;

This creates the pg_stat_statements view and functions in the database&apos;s default schema. The library is already loaded, so nothing restarts; statistics then show for every database.</source>
        <translation>pgdba выполнит на %1 в базе &quot;%2&quot; от роли &quot;%3&quot;:

    CREATE EXTENSION IF NOT EXISTS pg_stat_statements;

Это создаст представление и функции pg_stat_statements в схеме базы по умолчанию. Библиотека уже загружена, поэтому ничего не перезапускается; статистика затем показывается для всех баз.</translation>
    </message>
    <message>
        <source>Reset pg_stat_statements</source>
        <translation>Сброс pg_stat_statements</translation>
    </message>
    <message>
        <source>Reset all statistics</source>
        <translation>Сбросить всю статистику</translation>
    </message>
    <message>
        <source>All pg_stat_statements statistics were reset.</source>
        <translation>Вся статистика pg_stat_statements сброшена.</translation>
    </message>
    <message>
        <source>Reset one statement</source>
        <translation>Сброс одного запроса</translation>
    </message>
    <message>
        <source>Reset this statement</source>
        <translation>Сбросить этот запрос</translation>
    </message>
    <message>
        <source>The statement&apos;s statistics were reset.</source>
        <translation>Статистика запроса сброшена.</translation>
    </message>
    <message>
        <source>Create pg_stat_statements</source>
        <translation>Создание pg_stat_statements</translation>
    </message>
    <message>
        <source>Create the extension</source>
        <translation>Создать расширение</translation>
    </message>
    <message>
        <source>pg_stat_statements was created.</source>
        <translation>pg_stat_statements создано.</translation>
    </message>
    <message>
        <source>Could not open a connection: %1</source>
        <translation>Не удалось открыть подключение: %1</translation>
    </message>
</context>
<context>
    <name>ui::StatementBarChart</name>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Среднее время</translation>
    </message>
    <message>
        <source>Above the threshold</source>
        <translation>Выше порога</translation>
    </message>
    <message>
        <source>Top by total time (share of all execution time)</source>
        <translation>Топ по общему времени (доля всего времени выполнения)</translation>
    </message>
    <message>
        <source>Top by mean execution time</source>
        <translation>Топ по среднему времени выполнения</translation>
    </message>
    <message>
        <source>(no statements yet)</source>
        <translation>(запросов пока нет)</translation>
    </message>
    <message>
        <source>total execution time, %1</source>
        <translation>общее время выполнения, %1</translation>
    </message>
    <message>
        <source>mean execution time, %1</source>
        <translation>среднее время выполнения, %1</translation>
    </message>
</context>
<context>
    <name>ui::StatementDetails</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>EXPLAIN…</translation>
    </message>
    <message>
        <source>Reset this statement…</source>
        <translation>Сбросить этот запрос…</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <source>Since reset</source>
        <translation>С момента сброса</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>В окне</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Счётчики</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Текущие сеансы</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; may not execute pg_stat_statements_reset().</source>
        <translation>Роль &quot;%1&quot; не может выполнять pg_stat_statements_reset().</translation>
    </message>
    <message>
        <source>Resetting one statement needs PostgreSQL 12 or newer.</source>
        <translation>Для сброса одного запроса нужен PostgreSQL 12 или новее.</translation>
    </message>
    <message>
        <source>Discard this statement&apos;s counters.</source>
        <translation>Сбросить счётчики этого запроса.</translation>
    </message>
    <message>
        <source>Select a statement to see its text, counters and the sessions running it.</source>
        <translation>Выберите запрос, чтобы увидеть его текст, счётчики и выполняющие его сеансы.</translation>
    </message>
    <message>
        <source>&lt;b&gt;query id %1&lt;/b&gt; · database &lt;b&gt;%2&lt;/b&gt; · user &lt;b&gt;%3&lt;/b&gt;%4</source>
        <translation>&lt;b&gt;query id %1&lt;/b&gt; · база &lt;b&gt;%2&lt;/b&gt; · пользователь &lt;b&gt;%3&lt;/b&gt;%4</translation>
    </message>
    <message>
        <source> · run inside a function (nested)</source>
        <translation> · выполняется внутри функции (вложенный)</translation>
    </message>
    <message>
        <source>-- The text and query id of these statements are hidden from role &quot;%1&quot;.
-- GRANT pg_read_all_stats TO %1; shows them.</source>
        <translation>-- Текст и query id этих запросов скрыты от роли &quot;%1&quot;.
-- GRANT pg_read_all_stats TO %1; покажет их.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Total execution time</source>
        <translation>Общее время выполнения</translation>
    </message>
    <message>
        <source>Mean execution time</source>
        <translation>Среднее время выполнения</translation>
    </message>
    <message>
        <source>Min execution time</source>
        <translation>Мин. время выполнения</translation>
    </message>
    <message>
        <source>Max execution time</source>
        <translation>Макс. время выполнения</translation>
    </message>
    <message>
        <source>Stddev of execution time</source>
        <translation>Ст. откл. времени выполнения</translation>
    </message>
    <message>
        <source>Share of all execution time</source>
        <translation>Доля всего времени выполнения</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Total planning time</source>
        <translation>Общее время планирования</translation>
    </message>
    <message>
        <source>Mean planning time</source>
        <translation>Среднее время планирования</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Rows per call</source>
        <translation>Строк на вызов</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Доля попаданий в кэш</translation>
    </message>
    <message>
        <source>Shared blocks hit</source>
        <translation>Shared-блоков найдено</translation>
    </message>
    <message>
        <source>Shared blocks read</source>
        <translation>Shared-блоков прочитано</translation>
    </message>
    <message>
        <source>Shared blocks dirtied</source>
        <translation>Shared-блоков загрязнено</translation>
    </message>
    <message>
        <source>Shared blocks written</source>
        <translation>Shared-блоков записано</translation>
    </message>
    <message>
        <source>Local blocks hit / read</source>
        <translation>Локальных блоков найдено / прочитано</translation>
    </message>
    <message>
        <source>Local blocks dirtied / written</source>
        <translation>Локальных блоков загрязнено / записано</translation>
    </message>
    <message>
        <source>Temp blocks read</source>
        <translation>Временных блоков прочитано</translation>
    </message>
    <message>
        <source>Temp blocks written</source>
        <translation>Временных блоков записано</translation>
    </message>
    <message>
        <source>Temp blocks read + written</source>
        <translation>Временных блоков прочитано + записано</translation>
    </message>
    <message>
        <source>I/O read time</source>
        <translation>Время чтения</translation>
    </message>
    <message>
        <source>I/O write time</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <source>I/O time (read + write)</source>
        <translation>Время в/в (чтение + запись)</translation>
    </message>
    <message>
        <source>WAL records</source>
        <translation>Записи WAL</translation>
    </message>
    <message>
        <source>WAL full page images</source>
        <translation>Полные образы страниц WAL</translation>
    </message>
    <message>
        <source>WAL bytes</source>
        <translation>Байты WAL</translation>
    </message>
    <message>
        <source>Calls per second</source>
        <translation>Вызовов в секунду</translation>
    </message>
    <message>
        <source>Execution ms per second</source>
        <translation>Мс выполнения в секунду</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>Строк в секунду</translation>
    </message>
    <message>
        <source>Blocks read per second</source>
        <translation>Прочитано блоков в секунду</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Последние %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Live sessions (%1)</source>
        <translation>Текущие сеансы (%1)</translation>
    </message>
    <message>
        <source>Live sessions: %1</source>
        <translation>Текущие сеансы: %1</translation>
    </message>
    <message>
        <source>No session is running this statement right now.</source>
        <translation>Сейчас этот запрос не выполняет ни один сеанс.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) running this statement right now:</source>
        <translation>
            <numerusform>Сейчас этот запрос выполняет %n сеанс:</numerusform>
            <numerusform>Сейчас этот запрос выполняют %n сеанса:</numerusform>
            <numerusform>Сейчас этот запрос выполняют %n сеансов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Снимков</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Среднее время</translation>
    </message>
    <message>
        <source>Compare the last two plans</source>
        <translation>Сравнить два последних плана</translation>
    </message>
    <message>
        <source>No plan captured for this statement yet: pgdba captures the generic plans of the top statements while this page is open, and pgdba record always.</source>
        <translation>Для этого запроса планов пока нет: pgdba снимает общие планы топ-запросов, пока открыта эта страница, а pgdba record — всегда.</translation>
    </message>
    <message>
        <source>One plan so far: %1</source>
        <translation>Пока один план: %1</translation>
    </message>
    <message numerus="yes">
        <source>⇄ %n plans of this statement; the newest: %1</source>
        <translation>
            <numerusform>⇄ %n план этого запроса; последний: %1</numerusform>
            <numerusform>⇄ %n плана этого запроса; последний: %1</numerusform>
            <numerusform>⇄ %n планов этого запроса; последний: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::StatementGuidance</name>
    <message>
        <source>Run this (as a superuser):</source>
        <translation>Выполните это (от суперпользователя):</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>Копировать SQL</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Create the extension in &quot;%1&quot;</source>
        <translation>Создать расширение в &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run this as a superuser, then restart the server:</source>
        <translation>Выполните это от суперпользователя, затем перезапустите сервер:</translation>
    </message>
    <message>
        <source>Run this as a superuser:</source>
        <translation>Выполните это от суперпользователя:</translation>
    </message>
</context>
<context>
    <name>ui::StatementParamsDialog</name>
    <message>
        <source>Parameters for Explain</source>
        <translation>Параметры для EXPLAIN</translation>
    </message>
    <message>
        <source>pg_stat_statements replaced the constants of this statement with $1, $2, …. Give the values to explain it as it ran; they are bound as parameters, the server infers their types.</source>
        <translation>pg_stat_statements заменил константы этого запроса на $1, $2, …. Задайте значения, чтобы получить план, как при выполнении; они передаются как параметры, типы определяет сервер.</translation>
    </message>
    <message>
        <source>value of $%1</source>
        <translation>значение $%1</translation>
    </message>
    <message>
        <source>Explain with these values</source>
        <translation>EXPLAIN с этими значениями</translation>
    </message>
    <message>
        <source>Open without values</source>
        <translation>Открыть без значений</translation>
    </message>
</context>
<context>
    <name>ui::StatementTimeChart</name>
    <message>
        <source>Selected statement over time</source>
        <translation>Выбранный запрос во времени</translation>
    </message>
    <message>
        <source>mean, ms</source>
        <translation>ср. мс</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>вызовов/с</translation>
    </message>
    <message>
        <source>mean execution time (ms)</source>
        <translation>среднее время выполнения (мс)</translation>
    </message>
    <message>
        <source>calls per second</source>
        <translation>вызовов в секунду</translation>
    </message>
    <message>
        <source>Execution time by top statements (ms/s; 1000 = one busy backend)</source>
        <translation>Время выполнения топ-запросов (мс/с; 1000 = один занятый процесс)</translation>
    </message>
    <message>
        <source>ms/s</source>
        <translation>мс/с</translation>
    </message>
    <message>
        <source>all other statements</source>
        <translation>все остальные запросы</translation>
    </message>
</context>
<context>
    <name>ui::StatementsFilterBar</name>
    <message>
        <source>Only slow</source>
        <translation>Медленные</translation>
    </message>
    <message>
        <source>Reset statistics…</source>
        <translation>Сброс статистики…</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>Все базы</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>Filter by text or query id…</source>
        <translation>Фильтр по тексту или query id…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Statements whose mean execution time is above this are highlighted (the ticket&apos;s alert: 100 ms)</source>
        <translation>Запросы со средним временем выполнения выше этого выделяются (оповещение из заявки: 100 мс)</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 мин</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 мин</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 ч</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 ч</translation>
    </message>
    <message>
        <source>Rates (calls/s, ms/s, …) and the time charts cover this much of the recent past</source>
        <translation>Скорости (вызовов/с, мс/с, …) и графики времени охватывают этот отрезок недавнего прошлого</translation>
    </message>
    <message>
        <source>How many statements the charts show</source>
        <translation>Сколько запросов показывают графики</translation>
    </message>
    <message>
        <source>Slow above</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Топ</translation>
    </message>
</context>
<context>
    <name>ui::StatementsPage</name>
    <message>
        <source>Top by total time</source>
        <translation>По общему времени</translation>
    </message>
    <message>
        <source>Top by mean time</source>
        <translation>По среднему времени</translation>
    </message>
    <message>
        <source>Selected over time</source>
        <translation>Выбранный</translation>
    </message>
    <message>
        <source>Time by top statements</source>
        <translation>Время по запросам</translation>
    </message>
    <message>
        <source>Discard all pg_stat_statements counters (asks first)</source>
        <translation>Сбросить все счётчики pg_stat_statements (с подтверждением)</translation>
    </message>
    <message>
        <source>Could not write the statement history: %1</source>
        <translation>Не удалось записать историю запросов: %1</translation>
    </message>
    <message>
        <source>%1 statements · %2 of execution time since the last reset · %3 · %4 with a mean above %5</source>
        <translation>Запросов %1 · %2 времени выполнения с последнего сброса · %3 · %4 со средним выше %5</translation>
    </message>
    <message>
        <source>rates over the last %1</source>
        <translation>скорости за последние %1</translation>
    </message>
    <message>
        <source>rates from the next refresh on</source>
        <translation>скорости — со следующего обновления</translation>
    </message>
    <message>
        <source>The statistics were reset at %1; the rates count from there.</source>
        <translation>Статистика сброшена в %1; скорости считаются с этого момента.</translation>
    </message>
    <message>
        <source>The statistics were reset since the previous refresh; the rates count from there.</source>
        <translation>Статистика сброшена после предыдущего обновления; скорости считаются с этого момента.</translation>
    </message>
    <message>
        <source>%1 statements were evicted since the previous refresh (pg_stat_statements.max is full); rare statements come and go, raise pg_stat_statements.max if this repeats.</source>
        <translation>С предыдущего обновления вытеснено запросов: %1 (pg_stat_statements.max заполнен); редкие запросы появляются и исчезают, увеличьте pg_stat_statements.max, если это повторяется.</translation>
    </message>
    <message>
        <source>hidden statements</source>
        <translation>скрытые запросы</translation>
    </message>
    <message>
        <source>query id %1 (no longer tracked)</source>
        <translation>query id %1 (больше не отслеживается)</translation>
    </message>
    <message>
        <source>Select a statement to see its mean time and calls/s over time</source>
        <translation>Выберите запрос, чтобы увидеть его среднее время и вызовы/с во времени</translation>
    </message>
    <message>
        <source>Live sessions: the query id of these statements is hidden from this role.</source>
        <translation>Текущие сеансы: query id этих запросов скрыт от этой роли.</translation>
    </message>
    <message>
        <source>Live sessions need PostgreSQL 14 or newer (pg_stat_activity.query_id).</source>
        <translation>Для текущих сеансов нужен PostgreSQL 14 или новее (pg_stat_activity.query_id).</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Запросы</translation>
    </message>
</context>
<context>
    <name>ui::SummaryPage</name>
    <message>
        <source>Export plain SQL…</source>
        <translation>Экспорт чистого SQL…</translation>
    </message>
    <message>
        <source>Export Alembic revision…</source>
        <translation>Экспорт ревизии Alembic…</translation>
    </message>
    <message>
        <source>Save as migration files…</source>
        <translation>Сохранить как файлы миграции…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>What changed.</source>
        <translation>Что изменилось.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Откачено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>done (one-off, not recorded)</source>
        <translation>готово (разовая, не записана)</translation>
    </message>
    <message>
        <source>applied and recorded</source>
        <translation>применена и записана</translation>
    </message>
    <message>
        <source>rolled back, record removed</source>
        <translation>откачена, запись удалена</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записана</translation>
    </message>
    <message>
        <source>INVALID index %1 dropped after the failed build</source>
        <translation>индекс INVALID %1 удалён после неудачного построения</translation>
    </message>
    <message numerus="yes">
        <source>Plans: %n of %1 queries faster or off a Seq Scan</source>
        <translation>
            <numerusform>Планы: %n из %1 запросов быстрее или без Seq Scan</numerusform>
            <numerusform>Планы: %n из %1 запросов быстрее или без Seq Scan</numerusform>
            <numerusform>Планы: %n из %1 запросов быстрее или без Seq Scan</numerusform>
        </translation>
    </message>
    <message>
        <source>lock_timeout %1 s for every statement of the run.</source>
        <translation>lock_timeout %1 с для каждой команды прогона.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <source>Nothing written to %1.</source>
        <translation>В %1 ничего не записано.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>ui::ThresholdsPanel</name>
    <message>
        <source>Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>The ticket&apos;s alerts: sequential scans above 10% on tables over 10,000 rows, cache hit ratio below 99%, ...</source>
        <translation>Оповещения из заявки: последовательные сканирования больше 10% на таблицах больше 10 000 строк, доля попаданий в кэш ниже 99%, ...</translation>
    </message>
    <message>
        <source>Save and re-check</source>
        <translation>Сохранить и проверить</translation>
    </message>
</context>
<context>
    <name>ui::TimeSeriesChart</name>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
</context>
<context>
    <name>ui::TimelineChart</name>
    <message>
        <source>Wheel: zoom · drag: select a window · right-drag or Shift+drag: pan · click: replay that moment</source>
        <translation>Колесо: масштаб · перетаскивание: выбрать окно · правой кнопкой или с Shift: сдвиг · щелчок: повтор этого момента</translation>
    </message>
    <message>
        <source>Average active sessions</source>
        <translation>Среднее число активных сеансов</translation>
    </message>
    <message>
        <source>No session history recorded in this range</source>
        <translation>В этом диапазоне история сеансов не записана</translation>
    </message>
</context>
<context>
    <name>ui::TimelinePage</name>
    <message>
        <source>Range:</source>
        <translation>Диапазон:</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 часов</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 часа</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Show the range up to now and follow it</source>
        <translation>Показать диапазон до текущего момента и следовать за ним</translation>
    </message>
    <message>
        <source>Replay at:</source>
        <translation>Повтор в:</translation>
    </message>
    <message>
        <source>03:12:05, 2026-12-06T03:12, -15m</source>
        <translation>03:12:05, 2026-12-06T03:12, -15m</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Wait events</source>
        <translation>События ожидания</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Базы данных</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Double-click: the lock forest as recorded at its worst</source>
        <translation>Двойной щелчок: лес блокировок в худший записанный момент</translation>
    </message>
    <message>
        <source>Lock incidents</source>
        <translation>Инциденты блокировок</translation>
    </message>
    <message>
        <source>Not a time: %1</source>
        <translation>Не время: %1</translation>
    </message>
    <message>
        <source>Lock incidents (%1)</source>
        <translation>Инциденты блокировок (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Window %1 – %2: %n sample(s)</source>
        <translation>
            <numerusform>Окно %1 – %2: %n замер</numerusform>
            <numerusform>Окно %1 – %2: %n замера</numerusform>
            <numerusform>Окно %1 – %2: %n замеров</numerusform>
        </translation>
    </message>
    <message>
        <source> (one-minute aggregates)</source>
        <translation> (минутные агрегаты)</translation>
    </message>
    <message>
        <source> (one-hour aggregates)</source>
        <translation> (часовые агрегаты)</translation>
    </message>
    <message>
        <source>; under this filter the empty lists need the raw samples (a window within the last 48 hours, up to 6 hours long)</source>
        <translation>; при этом фильтре пустым спискам нужны сырые замеры (окно в пределах последних 48 часов, длиной до 6 часов)</translation>
    </message>
    <message>
        <source>Double-click: show only this in the chart and the other lists</source>
        <translation>Двойной щелчок: показать только это на графике и в других списках</translation>
    </message>
    <message>
        <source>Only %1: %2</source>
        <translation>Только %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>max_connections</source>
        <translation>max_connections</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>процессоры</translation>
    </message>
    <message>
        <source>pgdba record writes this server</source>
        <translation>pgdba record записывает этот сервер</translation>
    </message>
    <message>
        <source>sampling every %1 s</source>
        <translation>замер каждые %1 с</translation>
    </message>
    <message>
        <source>not sampling</source>
        <translation>замеров нет</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Произвольный: %1</translation>
    </message>
</context>
<context>
    <name>ui::VacuumPage</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>select a holder to release it</source>
        <translation>выберите держателя, чтобы освободить его</translation>
    </message>
    <message>
        <source>Copy the statement that releases the selected holder, to review and run it elsewhere</source>
        <translation>Копировать команду, освобождающую выбранного держателя, чтобы проверить и выполнить её в другом месте</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Индексы</translation>
    </message>
    <message>
        <source>Running maintenance</source>
        <translation>Идущее обслуживание</translation>
    </message>
    <message>
        <source>What holds back the xmin horizon</source>
        <translation>Что удерживает горизонт xmin</translation>
    </message>
    <message>
        <source>Tables closest to autovacuum</source>
        <translation>Таблицы, ближайшие к autovacuum</translation>
    </message>
    <message>
        <source>Bloat</source>
        <translation>Раздувание</translation>
    </message>
    <message>
        <source>Autovacuum workers: &lt;b&gt;%1 of %2&lt;/b&gt; busy</source>
        <translation>Рабочие процессы autovacuum: занято &lt;b&gt;%1 из %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;autovacuum is OFF&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;autovacuum ВЫКЛЮЧЕН&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>database age %1 of %2 (forced vacuum)</source>
        <translation>возраст базы %1 из %2 (принудительная очистка)</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) running</source>
        <translation>
            <numerusform>выполняется %n команда</numerusform>
            <numerusform>выполняются %n команды</numerusform>
            <numerusform>выполняется %n команд</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexes (%1)</source>
        <translation>Индексы (%1)</translation>
    </message>
    <message>
        <source>Exact figures from pgstattuple (pgstattuple, pgstatindex) for the largest; estimates from statistics for the rest. Growth: since the oldest sample of the last 24 h.</source>
        <translation>Точные цифры pgstattuple (pgstattuple, pgstatindex) для крупнейших, оценки по статистике для остальных. Рост — с самого старого замера за последние 24 ч.</translation>
    </message>
    <message>
        <source>Estimates from statistics (reltuples, pg_stats widths). CREATE EXTENSION pgstattuple for exact figures. * some columns have no statistics: ANALYZE the table.</source>
        <translation>Оценки по статистике (reltuples, ширины из pg_stats). Для точных цифр — CREATE EXTENSION pgstattuple. * у некоторых столбцов нет статистики: выполните ANALYZE таблицы.</translation>
    </message>
    <message>
        <source>Release the xmin horizon</source>
        <translation>Освобождение горизонта xmin</translation>
    </message>
    <message>
        <source>Not done (%1): %2</source>
        <translation>Не выполнено (%1): %2</translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation>Очистка</translation>
    </message>
</context>
<context>
    <name>ui::VerifyPage</name>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Верификация</translation>
    </message>
    <message>
        <source>Every index valid and ready before the version is recorded; the hot queries&apos; plans after the run.</source>
        <translation>Каждый индекс рабочий и готов до записи версии; планы «горячих» запросов после прогона.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Verified:&lt;/b&gt; %n index(es) as expected</source>
        <translation>
            <numerusform>&lt;b&gt;Проверено:&lt;/b&gt; %n индекс в ожидаемом состоянии</numerusform>
            <numerusform>&lt;b&gt;Проверено:&lt;/b&gt; %n индекса в ожидаемом состоянии</numerusform>
            <numerusform>&lt;b&gt;Проверено:&lt;/b&gt; %n индексов в ожидаемом состоянии</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Проверено.&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — a one-off migration is not recorded in the version table.</source>
        <translation> — разовая миграция не записывается в таблицу версий.</translation>
    </message>
    <message>
        <source> — versions recorded only after this check passed.</source>
        <translation> — версии записаны только после успешной проверки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified; nothing recorded.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Не проверено; ничего не записано.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> Cleaned up: %1.</source>
        <translation> Убрано: %1.</translation>
    </message>
    <message>
        <source>Capturing the plans after the run…</source>
        <translation>Снятие планов после прогона…</translation>
    </message>
    <message>
        <source>(not captured)</source>
        <translation>(не снято)</translation>
    </message>
    <message>
        <source>Version %1 recorded %2 by %3 (%4 s, checksum %5…).</source>
        <translation>Версия %1 записана %2, кем: %3 (%4 с, контрольная сумма %5…).</translation>
    </message>
    <message>
        <source>Version %1 removed from the version table.</source>
        <translation>Версия %1 удалена из таблицы версий.</translation>
    </message>
    <message>
        <source>Version %1 not recorded.</source>
        <translation>Версия %1 не записана.</translation>
    </message>
    <message>
        <source>%1 — before → after: %2</source>
        <translation>%1 — до → после: %2</translation>
    </message>
</context>
<context>
    <name>ui::WizardContext</name>
    <message>
        <source>no server</source>
        <translation>нет сервера</translation>
    </message>
    <message>
        <source>%1 · database %2 as %3 (PostgreSQL %4)</source>
        <translation>%1 · база %2 как %3 (PostgreSQL %4)</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Сначала подключитесь к серверу.</translation>
    </message>
    <message>
        <source>Could not open the migration connection: %1</source>
        <translation>Не удалось открыть подключение для миграций: %1</translation>
    </message>
    <message>
        <source>Could not open the progress connection: %1</source>
        <translation>Не удалось открыть подключение для хода выполнения: %1</translation>
    </message>
    <message>
        <source>Choose a migration.</source>
        <translation>Выберите миграцию.</translation>
    </message>
    <message>
        <source>The query from the plan</source>
        <translation>Запрос из плана</translation>
    </message>
    <message>
        <source>-- %1 (%2) — %3
</source>
        <translation>-- %1 (%2) — %3
</translation>
    </message>
    <message>
        <source>one transaction</source>
        <translation>одна транзакция</translation>
    </message>
    <message>
        <source>statement by statement, outside transactions</source>
        <translation>команда за командой, вне транзакций</translation>
    </message>
</context>
<context>
    <name>vacuum::BloatModel</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Bloat</source>
        <translation>Раздувание</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>pgstattuple</source>
        <translation>pgstattuple</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>estimate*</source>
        <translation>оценка*</translation>
    </message>
    <message>
        <source>dead tuples %1 + free space %2</source>
        <translation>мёртвые кортежи %1 + свободное место %2</translation>
    </message>
</context>
<context>
    <name>vacuum::HorizonControl</name>
    <message>
        <source>Terminate session…</source>
        <translation>Завершить сеанс…</translation>
    </message>
    <message>
        <source>Roll back prepared…</source>
        <translation>Откатить подготовленную…</translation>
    </message>
    <message>
        <source>Commit prepared…</source>
        <translation>Зафиксировать подготовленную…</translation>
    </message>
    <message>
        <source>Drop slot…</source>
        <translation>Удалить слот…</translation>
    </message>
    <message>
        <source>Terminate pid %1 (%2, role %3, application &quot;%4&quot;, %5), which holds back the xmin horizon by %6 transactions?</source>
        <translation>Завершить pid %1 (%2, роль %3, приложение &quot;%4&quot;, %5), который удерживает горизонт xmin на %6 транзакций?</translation>
    </message>
    <message>
        <source>Roll back the prepared transaction %1 (database %2, prepared by role %3, %4 transactions old)? Its changes are discarded and its locks released. A transaction manager that still expects to commit it will find it gone.</source>
        <translation>Откатить подготовленную транзакцию %1 (база %2, подготовлена ролью %3, возраст %4 транзакций)? Её изменения будут отброшены, а блокировки освобождены. Менеджер транзакций, который ещё собирается её зафиксировать, её не найдёт.</translation>
    </message>
    <message>
        <source>Commit the prepared transaction %1 (database %2, prepared by role %3, %4 transactions old)? Its changes become permanent and visible, and its locks are released.</source>
        <translation>Зафиксировать подготовленную транзакцию %1 (база %2, подготовлена ролью %3, возраст %4 транзакций)? Её изменения станут постоянными и видимыми, а блокировки будут освобождены.</translation>
    </message>
    <message>
        <source>Drop the replication slot &quot;%1&quot;? Its consumer loses its place in the WAL and must be set up again (a standby re-synchronised, a subscription re-created).</source>
        <translation>Удалить слот репликации &quot;%1&quot;? Его потребитель потеряет позицию в WAL, и его придётся настроить заново (пересинхронизировать реплику, пересоздать подписку).</translation>
    </message>
    <message>
        <source>Statement sent:</source>
        <translation>Отправлена команда:</translation>
    </message>
    <message>
        <source>Statement sent, in database %1:</source>
        <translation>Отправлена команда в базе %1:</translation>
    </message>
    <message>
        <source>The attempt and its outcome are written to the audit log.</source>
        <translation>Попытка и её результат записаны в журнал аудита.</translation>
    </message>
    <message>
        <source>that action does not apply to this holder</source>
        <translation>это действие к этому держателю неприменимо</translation>
    </message>
    <message>
        <source>could not open the actions connection: %1</source>
        <translation>не удалось открыть подключение для действий: %1</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>нет результата</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; may not drop replication slots: it needs the REPLICATION attribute (ALTER ROLE &quot;%1&quot; REPLICATION) or superuser. Server said: %2</source>
        <translation>Роль &quot;%1&quot; не может удалять слоты репликации: ей нужен атрибут REPLICATION (ALTER ROLE &quot;%1&quot; REPLICATION) или права суперпользователя. Ответ сервера: %2</translation>
    </message>
    <message>
        <source>could not connect to database %1: %2</source>
        <translation>не удалось подключиться к базе %1: %2</translation>
    </message>
    <message>
        <source>the prepared transaction %1 no longer exists; nothing was sent</source>
        <translation>подготовленной транзакции %1 больше нет; ничего не отправлено</translation>
    </message>
    <message>
        <source>prepared transaction %1 rolled back</source>
        <translation>подготовленная транзакция %1 откачена</translation>
    </message>
    <message>
        <source>prepared transaction %1 committed</source>
        <translation>подготовленная транзакция %1 зафиксирована</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; may not finish the transaction prepared by role &quot;%2&quot;: connect as &quot;%2&quot; or as a superuser. Server said: %3</source>
        <translation>Роль &quot;%1&quot; не может завершить транзакцию, подготовленную ролью &quot;%2&quot;: подключитесь как &quot;%2&quot; или как суперпользователь. Ответ сервера: %3</translation>
    </message>
</context>
<context>
    <name>vacuum::HorizonHolder</name>
    <message>
        <source>open transaction</source>
        <translation>открытая транзакция</translation>
    </message>
    <message>
        <source>snapshot (query or repeatable read)</source>
        <translation>снимок (запрос или repeatable read)</translation>
    </message>
    <message>
        <source>replication slot</source>
        <translation>слот репликации</translation>
    </message>
    <message>
        <source>prepared transaction</source>
        <translation>подготовленная транзакция</translation>
    </message>
    <message>
        <source>standby feedback</source>
        <translation>обратная связь реплики</translation>
    </message>
    <message>
        <source>terminate pid %1 (or have its application commit)</source>
        <translation>завершить pid %1 (или пусть его приложение выполнит COMMIT)</translation>
    </message>
    <message>
        <source>drop slot &quot;%1&quot; if its consumer is gone, else let it catch up</source>
        <translation>удалить слот &quot;%1&quot;, если его потребитель ушёл, иначе дать ему догнать</translation>
    </message>
    <message>
        <source>COMMIT PREPARED or ROLLBACK PREPARED &apos;%1&apos; in database %2</source>
        <translation>COMMIT PREPARED или ROLLBACK PREPARED &apos;%1&apos; в базе %2</translation>
    </message>
    <message>
        <source>end the long queries on standby &quot;%1&quot; or turn off hot_standby_feedback there</source>
        <translation>завершить долгие запросы на реплике &quot;%1&quot; или отключить там hot_standby_feedback</translation>
    </message>
</context>
<context>
    <name>vacuum::HorizonModel</name>
    <message>
        <source>Holder</source>
        <translation>Держатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Age (xids)</source>
        <translation>Возраст (xid)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
</context>
<context>
    <name>vacuum::IndexBloatModel</name>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Bloat</source>
        <translation>Раздувание</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>pgstatindex</source>
        <translation>pgstatindex</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>estimate*</source>
        <translation>оценка*</translation>
    </message>
    <message>
        <source>leaf pages %1 % full (fillfactor %2); REINDEX INDEX CONCURRENTLY gives the room back</source>
        <translation>листовые страницы заполнены на %1 % (fillfactor %2); REINDEX INDEX CONCURRENTLY вернёт место</translation>
    </message>
    <message>
        <source>REINDEX INDEX CONCURRENTLY gives the room back</source>
        <translation>REINDEX INDEX CONCURRENTLY вернёт место</translation>
    </message>
</context>
<context>
    <name>vacuum::RunningModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>VACUUM</source>
        <translation>VACUUM</translation>
    </message>
    <message>
        <source>ANALYZE</source>
        <translation>ANALYZE</translation>
    </message>
    <message>
        <source>CREATE INDEX</source>
        <translation>CREATE INDEX</translation>
    </message>
    <message>
        <source>CLUSTER / VACUUM FULL</source>
        <translation>CLUSTER / VACUUM FULL</translation>
    </message>
    <message>
        <source>base backup</source>
        <translation>базовая копия</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source> (auto)</source>
        <translation> (авто)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 % of %2 %3</source>
        <translation>%1 % из %2 %3</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>выполняется %1</translation>
    </message>
</context>
<context>
    <name>vacuum::TablesModel</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Dead tuples</source>
        <translation>Мёртвые кортежи</translation>
    </message>
    <message>
        <source>Autovacuum at</source>
        <translation>Autovacuum при</translation>
    </message>
    <message>
        <source>% of threshold</source>
        <translation>% порога</translation>
    </message>
    <message>
        <source>Freeze age</source>
        <translation>Возраст заморозки</translation>
    </message>
    <message>
        <source>% of freeze max</source>
        <translation>% от freeze max</translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation>Последняя очистка</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>autovacuum is disabled for this table (reloptions)</source>
        <translation>autovacuum для этой таблицы отключён (reloptions)</translation>
    </message>
    <message>
        <source>per-table autovacuum settings apply</source>
        <translation>действуют параметры autovacuum для таблицы</translation>
    </message>
</context>
<context>
    <name>vacuum::VacuumCollector</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
</context>
</TS>
