{-# OPTIONS_GHC -Wno-deprecations #-}
-- Foldable, Traversable, Ord and Applicative methods of transformers' types
-- at -O1: the instance methods' workers take only the fields of the inner
-- type's dictionaries they use (a Foldable's foldMap), not the dictionary.
import Control.Applicative.Backwards
import Control.Monad.Trans.Except
import Control.Monad.Trans.Identity
import Control.Monad.Trans.List
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Error
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import qualified Control.Monad.Trans.RWS.Strict as RS
import qualified Control.Monad.Trans.RWS.Lazy as RL
import Data.Foldable
import Data.Functor.Reverse
import Data.Functor.Identity

main :: IO ()
main = do
  let e = ExceptT [Right 1, Left "x", Right 2, Right 3] :: ExceptT String [] Int
  print (foldl' (+) 0 e, foldr' (:) [] e, foldl1 (-) e, foldr1 (-) e)
  print (sum e, product e, length e, maximum e, toList e)
  let m = MaybeT [Just 4, Nothing, Just 5] :: MaybeT [] Int
  print (foldl' (flip (:)) [] m, foldl1 max m, foldr1 min m, foldr' (+) 0 m)
  let i = IdentityT [7, 8, 9 :: Int]
  print (foldl' (-) 100 i, foldr' (-) 0 i)
  let l = ListT (Just [1, 2, 3 :: Int])
  print (foldl' (+) 1 l, foldr' (:) [] l, foldl1 (-) l, foldr1 (-) l, foldr (:) [] l, foldl (flip (:)) [] l)
  print (fold (ListT [["ab"], ["cd", "e"]]), foldMap' show l)
  let er = ErrorT [Right 'a', Left "no", Right 'b'] :: ErrorT String [] Char
  print (foldl' (flip (:)) [] er, foldr' (:) [] er, foldl1 max er, foldr1 min er)
  let wl = WL.WriterT [(1, "a"), (2, "b")] :: WL.WriterT String [] Int
      ws = WS.WriterT [(3, "c"), (4, "d")] :: WS.WriterT String [] Int
  print (foldl' (+) 10 wl, foldr' (+) 0 wl, foldl1 (*) wl, foldr1 (-) wl)
  print (foldl' (+) 10 ws, foldr' (+) 0 ws, foldl1 (*) ws, foldr1 (-) ws)
  let b = Backwards [1, 2, 3 :: Int]
      r = Reverse [4, 5, 6 :: Int]
  print (foldl' (-) 0 b, foldr' (-) 0 b, foldMap' show b)
  print (foldl' (-) 0 r, foldr' (-) 0 r, foldMap' show r)
  -- Ord through the inner type's Ord1
  print (compare e (ExceptT [Right 1, Left "y"]), compare m (MaybeT [Just 4]))
  print (compare er (ErrorT [Right 'a']), compare wl (WL.WriterT [(1, "a")]))
  print (compare ws (WS.WriterT [(3, "c"), (4, "e")]))
  -- traverse
  print (traverse (\x -> if x > 0 then Just (x * 2) else Nothing) e)
  print (traverse (\x -> [x, x + 1]) (ErrorT (Just (Right 5)) :: ErrorT String Maybe Int))
  -- Applicative's *> and liftA2 of RWST and WriterT
  let act = RS.rws (\r s -> (r + s, s + 1, [r]))
      act2 = RL.rws (\r s -> (r * s, s * 2, [s]))
  print (RS.runRWS (act *> act *> act) 2 3, RL.runRWS (act2 *> act2) 3 1)
  print (runIdentity (WS.runWriterT (WS.tell "x" *> WS.tell "y" *> pure 'z')))
  print (runListT (ListT (Just [1, 2]) *> ListT (Just "ab")))
