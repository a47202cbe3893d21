package org.medsoc.events.conference.api;

/** Query: a society's conferences, the latest first. */
public record ListConferences(String societyId) {}
