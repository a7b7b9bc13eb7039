{-# LANGUAGE ExistentialQuantification, FlexibleContexts #-}
-- Clean-room Text.Parsec.Perm (parsec-3.1.14.0's API): permutation
-- phrases (each parser once, in any order; optional ones may be missing).
module Text.Parsec.Perm
  ( PermParser, StreamPermParser
  , permute, (<||>), (<$$>), (<|?>), (<$?>)
    -- what Text.Parsec.Perm+Workers.stg's workers call (the package's own
    -- add/addopt, which its wrappers call back)
  , add, addopt
  ) where

import Data.Functor.Identity (Identity)
import Text.Parsec.Combinator (choice)
import Text.Parsec.Prim

infixl 1 <||>, <|?>
infixl 2 <$$>, <$?>

type PermParser tok st a = StreamPermParser String st a

-- The result when nothing more is parsed (if allowed), and the branches:
-- parse one of the remaining elements first, then the rest.
data StreamPermParser s st a = Perm (Maybe a) [StreamBranch s st a]

data StreamBranch s st a = forall b. Branch (StreamPermParser s st (b -> a)) (Parsec s st b)

permute :: Stream s Identity tok => StreamPermParser s st a -> Parsec s st a
permute (Perm done branches) = choice (map run branches ++ finish)
  where
    finish = maybe [] (\x -> [return x]) done
    run (Branch rest p) = do
      x <- p
      f <- permute rest
      return (f x)

(<$$>) :: Stream s Identity tok => (a -> b) -> Parsec s st a -> StreamPermParser s st b
f <$$> p = start f <||> p

(<$?>) :: Stream s Identity tok => (a -> b) -> (a, Parsec s st a) -> StreamPermParser s st b
f <$?> xp = start f <|?> xp

(<||>) :: Stream s Identity tok => StreamPermParser s st (a -> b) -> Parsec s st a -> StreamPermParser s st b
perm <||> p = add perm p

(<|?>) :: Stream s Identity tok => StreamPermParser s st (a -> b) -> (a, Parsec s st a) -> StreamPermParser s st b
perm <|?> (x, p) = addopt perm x p

start :: (a -> b) -> StreamPermParser s st (a -> b)
start f = Perm (Just f) []

add :: Stream s Identity tok => StreamPermParser s st (a -> b) -> Parsec s st a -> StreamPermParser s st b
add perm@(Perm _ branches) p = Perm Nothing (Branch perm p : map later branches)
  where
    later (Branch rest q) = Branch (add (mapPerm flip rest) p) q

addopt :: Stream s Identity tok => StreamPermParser s st (a -> b) -> a -> Parsec s st a -> StreamPermParser s st b
addopt perm@(Perm done branches) x p = Perm (fmap ($ x) done) (Branch perm p : map later branches)
  where
    later (Branch rest q) = Branch (addopt (mapPerm flip rest) x p) q

mapPerm :: (a -> b) -> StreamPermParser s st a -> StreamPermParser s st b
mapPerm f (Perm done branches) = Perm (fmap f done) (map mapBranch branches)
  where
    mapBranch (Branch rest q) = Branch (mapPerm (f .) rest) q
