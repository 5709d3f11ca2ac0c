/**
 * The reader of Memorial-style victim records: a name column and a record text in Russian (or its English
 * rendering) such as "род. 1899, Польша, …, б/п, завод: токарь. Адрес: … Рассстрелян 10.08.1938. Место
 * захоронения: Бутово." Every field keeps its raw text and its span in the record text. Rules follow the
 * format (skeleton, slots, keywords), never particular rows; what a rule cannot place becomes an issue.
 */
package org.snegov.read.memorial;
