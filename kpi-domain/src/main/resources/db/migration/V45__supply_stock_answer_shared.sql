-- Whether the maker of an alternative agreed that the case's manufacturer (and the supporting association) may read
-- its stock answer; MHLW always reads it. Earlier answers were given for MHLW only.
ALTER TABLE supply_stock_request ADD COLUMN answer_shared BOOLEAN DEFAULT FALSE NOT NULL;
