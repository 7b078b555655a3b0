package dk.protokol.web;
