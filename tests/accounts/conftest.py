"""Fixtures of the accounts tests: a member of an editorial group, signed in or not."""

import pytest

from django.contrib.auth.models import Group


@pytest.fixture
def member(django_user_model):
    """make(group, name): a user in one of the editorial groups, with name@example.org."""

    def make(group, name):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-12345678")
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def signed_in(client, member):
    """sign_in(group): the test client, signed in as a new member of `group`."""

    def sign_in(group):
        client.force_login(member(group, group.lower()))
        return client

    return sign_in
