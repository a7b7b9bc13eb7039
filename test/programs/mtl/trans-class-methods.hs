{-# OPTIONS_GHC -Wno-deprecations #-}
-- Every class method of transformers' data types, called at concrete types
-- (so -O1 code names each instance's method directly): Eq, Ord, Show, Read,
-- Foldable, Traversable, Functor of ExceptT, ErrorT, both WriterTs, MaybeT,
-- IdentityT, ListT, Reverse, Backwards, Lift and Constant.
import Control.Applicative
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Control.Monad.Trans.Error
import Control.Monad.Trans.Except
import Control.Monad.Trans.Identity
import Control.Monad.Trans.List
import Control.Monad.Trans.Maybe
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import Data.Foldable
import Data.Functor.Constant
import Data.Functor.Identity
import Data.Functor.Reverse
import Data.Monoid

section :: String -> IO ()
section s = putStrLn ("-- " ++ s)

main :: IO ()
main = do
  section "ExceptT"
  let e1 = ExceptT [Right 3, Left "bad", Right 7] :: ExceptT String [] Int
      e2 = ExceptT [Right 3, Left "bad"] :: ExceptT String [] Int
  print (e1 == e2, e1 /= e2, compare e1 e2, e1 < e2, e1 <= e2, e1 > e2, e1 >= e2)
  print (max e1 e2, min e1 e2)
  print (show e1, showsPrec 11 e1 "", showList [e1, e2] "")
  print (read "ExceptT [Right 1,Left \"x\"]" :: ExceptT String [] Int)
  print (reads "ExceptT (Just (Left 'q')) rest" :: [(ExceptT Char Maybe Int, String)])
  print (read "[ExceptT [Right 2]]" :: [ExceptT String [] Int])
  print (fold (fmap show e1), foldMap (: []) e1, foldMap' Sum e1, foldr (:) [] e1, foldr' (+) 0 e1)
  print (foldl (flip (:)) [] e1, foldl' (-) 0 e1, foldr1 (-) e1, foldl1 (-) e1, toList e1)
  print (null e1, null (ExceptT [Left "z"] :: ExceptT String [] Int), length e1, elem 7 e1, maximum e1, minimum e1, sum e1, product e1)
  print (traverse (\x -> [x, -x]) e2, sequenceA (fmap Just e1), mapM (\x -> Just (x + 1)) e1, sequence (fmap (: []) e2))
  print (7 <$ e2, fmap (* 2) e1)
  section "ErrorT"
  let r1 = ErrorT [Right 'a', Left "no", Right 'c'] :: ErrorT String [] Char
      r2 = ErrorT [Right 'a'] :: ErrorT String [] Char
  print (r1 == r2, r1 /= r2, compare r1 r2, r1 < r2, r1 <= r2, r1 > r2, r1 >= r2, max r1 r2, min r1 r2)
  print (show r1, showsPrec 11 r2 "", showList [r1] "")
  print (read "ErrorT [Left \"e\",Right 'k']" :: ErrorT String [] Char)
  print (readList "[ErrorT [Right 'x']]" :: [([ErrorT String [] Char], String)])
  print (fold (fmap (: []) r1), foldMap (: "!") r1, foldMap' (: []) r1, foldr (:) [] r1, foldr' (:) [] r1, foldl (flip (:)) [] r1, foldl' (flip (:)) [] r1)
  print (foldr1 max r1, foldl1 min r1, toList r1, null r1, length r1, elem 'c' r1, maximum r1, minimum r1)
  print (sum (ErrorT (Just (Right 4)) :: ErrorT () Maybe Int), product (ErrorT [Right 2, Right 5] :: ErrorT () [] Int))
  print (traverse (\c -> Just [c]) r1, sequenceA (fmap Just r2), mapM (\c -> [c, succ c]) r2, sequence (fmap Just r1))
  print ('z' <$ r1, fmap fromEnum r1)
  section "WriterT"
  let wl1 = WL.WriterT [(1, "a"), (2, "bb")] :: WL.WriterT String [] Int
      wl2 = WL.WriterT [(1, "a")] :: WL.WriterT String [] Int
      ws1 = WS.WriterT (Just (5, [True])) :: WS.WriterT [Bool] Maybe Int
      ws2 = WS.WriterT Nothing :: WS.WriterT [Bool] Maybe Int
  print (wl1 == wl2, wl1 /= wl2, compare wl1 wl2, wl1 < wl2, wl1 <= wl2, wl1 > wl2, wl1 >= wl2, max wl1 wl2, min wl1 wl2)
  print (ws1 == ws2, ws1 /= ws2, compare ws1 ws2, ws1 < ws2, ws1 <= ws2, ws1 > ws2, ws1 >= ws2, max ws1 ws2, min ws1 ws2)
  print (show wl1, showsPrec 11 ws1 "", showList [ws1, ws2] "", showList [wl2] "")
  print (read "WriterT [(1,\"q\")]" :: WL.WriterT String [] Int, read " WriterT (Just (2,[False]))" :: WS.WriterT [Bool] Maybe Int)
  print (readList "[WriterT Nothing]" :: [([WS.WriterT [Bool] Maybe Int], String)], readList "[WriterT []]" :: [([WL.WriterT String [] Int], String)])
  print (fold (fmap show wl1), foldMap show wl1, foldMap' Product wl1, foldr (:) [] wl1, foldr' (+) 0 wl1, foldl (-) 0 wl1, foldl' (-) 0 wl1, foldr1 (-) wl1, foldl1 (-) wl1)
  print (toList wl1, null wl1, length wl1, elem 2 wl1, maximum wl1, minimum wl1, sum wl1, product wl1)
  print (fold (fmap show ws1), foldMap show ws1, foldMap' Product ws1, foldr (:) [] ws1, foldr' (+) 0 ws1, foldl (-) 0 ws1, foldl' (-) 0 ws1, foldr1 (-) ws1, foldl1 (-) ws1)
  print (toList ws1, null ws2, length ws1, elem 5 ws1, maximum ws1, minimum ws1, sum ws1, product ws1)
  print (traverse (\x -> Just (x + 1)) wl1, sequenceA (fmap (: []) wl2), mapM (\x -> [x, x * 10]) wl2, sequence (fmap Just wl1))
  print (traverse (\x -> [x, x + 1]) ws1, sequenceA (fmap (: []) ws1), mapM Just ws2, sequence (fmap Just ws1))
  print (0 <$ wl1, fmap negate wl1, 9 <$ ws1, fmap show ws1)
  section "MaybeT"
  let m1 = MaybeT [Just 4, Nothing, Just 9] :: MaybeT [] Int
      m2 = MaybeT [Just 4] :: MaybeT [] Int
  print (m1 == m2, m1 /= m2, compare m1 m2, m1 < m2, m1 <= m2, m1 > m2, m1 >= m2, max m1 m2, min m1 m2)
  print (showsPrec 11 m1 "", show m2, showList [m1] "")
  print (read "MaybeT [Just 3,Nothing]" :: MaybeT [] Int, readList "[MaybeT []]" :: [([MaybeT [] Int], String)])
  print (fold (fmap show m1), foldMap show m1, foldMap' Sum m1, foldr (:) [] m1, foldr' (+) 0 m1, foldl (-) 0 m1, foldl' (-) 0 m1, foldr1 (-) m1, foldl1 (-) m1)
  print (toList m1, null m1, length m1, elem 9 m1, maximum m1, minimum m1, sum m1, product m1)
  print (traverse (\x -> Just x) m1, sequenceA (fmap (: []) m2), mapM (\x -> [x, 1]) m2, sequence (fmap Just m1))
  print (1 <$ m1, fmap succ m1)
  section "IdentityT"
  let i1 = IdentityT (Just 'x')
      i2 = IdentityT Nothing :: IdentityT Maybe Char
  print (i1 == i2, i1 /= i2, compare i1 i2, i1 < i2, i1 <= i2, i1 > i2, i1 >= i2, max i1 i2, min i1 i2)
  print (showsPrec 11 i1 "", show i2, showList [i1, i2] "")
  print (read "IdentityT [1,2]" :: IdentityT [] Int, readList "[IdentityT (Just 1)]" :: [([IdentityT Maybe Int], String)])
  let i3 = IdentityT [3, 1, 4, 1, 5] :: IdentityT [] Int
  print (fold (fmap show i3), foldMap show i3, foldMap' Sum i3, foldr (:) [] i3, foldr' (+) 0 i3, foldl (-) 0 i3, foldl' (-) 0 i3, foldr1 (-) i3, foldl1 (-) i3)
  print (toList i3, null i3, length i3, elem 4 i3, maximum i3, minimum i3, sum i3, product i3)
  print (traverse (\x -> Just x) i3, sequenceA (fmap (: []) i1), mapM (\x -> [x]) i3, sequence (fmap Just i3))
  print ('y' <$ i1, fmap fromEnum i1)
  section "ListT"
  let l1 = ListT (Just [1, 2, 3]) :: ListT Maybe Int
      l2 = ListT (Just [1, 5]) :: ListT Maybe Int
  print (l1 == l2, l1 /= l2, compare l1 l2, l1 < l2, l1 <= l2, l1 > l2, l1 >= l2, max l1 l2, min l1 l2)
  print (showsPrec 11 l1 "", show l2, showList [l1] "")
  print (read "ListT (Just [7])" :: ListT Maybe Int, readList "[ListT [[1],[]]]" :: [([ListT [] Int], String)])
  print (fold (fmap show l1), foldMap show l1, foldMap' Sum l1, foldr (:) [] l1, foldr' (+) 0 l1, foldl (-) 0 l1, foldl' (-) 0 l1, foldr1 (-) l1, foldl1 (-) l1)
  print (toList l1, null l1, length l1, elem 2 l1, maximum l1, minimum l1, sum l1, product l1)
  print (traverse (\x -> [x, x]) l2, sequenceA (fmap Just l1), mapM Just l2, sequence (fmap (: []) l1))
  print (0 <$ l1, fmap show l1)
  section "Reverse"
  let v1 = Reverse [1, 2, 3] :: Reverse [] Int
      v2 = Reverse [1, 2] :: Reverse [] Int
  print (v1 == v2, v1 /= v2, compare v1 v2, v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, max v1 v2, min v1 v2)
  print (showsPrec 11 v1 "", show v2, showList [v1] "")
  print (read "Reverse [4,5]" :: Reverse [] Int, readList "[Reverse (Just 1)]" :: [([Reverse Maybe Int], String)])
  print (fold (fmap show v1), foldMap show v1, foldMap' Sum v1, foldr (:) [] v1, foldr' (:) [] v1, foldl (flip (:)) [] v1, foldl' (-) 0 v1, foldr1 (-) v1, foldl1 (-) v1)
  print (toList v1, null v1, length v1, elem 2 v1, maximum v1, minimum v1, sum v1, product v1)
  print (traverse (\x -> [x, x * 2]) v2, sequenceA (fmap Just v1), mapM Just v1, sequence (fmap (: []) v2))
  print (fmap (+ 1) v1, 'c' <$ v1, pure 5 :: Reverse Maybe Int, Reverse [(+ 1), (* 2)] <*> v2, v1 <* v2, v1 *> v2, liftA2 (+) v1 v2)
  print (Reverse (Just 3) >>= (\x -> Reverse (Just (x * 2))), Reverse [1, 2] >> Reverse "ab", Reverse [1, 2 :: Int] <|> Reverse [3], empty :: Reverse [] Int)
  section "Backwards"
  let b1 = Backwards [1, 2, 3] :: Backwards [] Int
      b2 = Backwards [2] :: Backwards [] Int
  print (b1 == b2, b1 /= b2, compare b1 b2, b1 < b2, b1 <= b2, b1 > b2, b1 >= b2, max b1 b2, min b1 b2)
  print (showsPrec 11 b1 "", show b2, showList [b1] "")
  print (read "Backwards [4,5]" :: Backwards [] Int, readList "[Backwards (Just 1)]" :: [([Backwards Maybe Int], String)])
  print (fold (fmap show b1), foldMap show b1, foldMap' Sum b1, foldr (:) [] b1, foldr' (:) [] b1, foldl (flip (:)) [] b1, foldl' (-) 0 b1, foldr1 (-) b1, foldl1 (-) b1)
  print (toList b1, null b1, length b1, elem 2 b1, maximum b1, minimum b1, sum b1, product b1)
  print (traverse (\x -> [x, x * 2]) b2, sequenceA (fmap Just b1), mapM Just b1, sequence (fmap (: []) b2))
  print (fmap (+ 1) b1, 'c' <$ b1, pure 5 :: Backwards Maybe Int, Backwards [(+ 1), (* 2)] <*> b1, b1 <* b2, b1 *> b2, liftA2 (,) b1 b2)
  print (forwards (traverse (\x -> Backwards [x, x + 10]) [1, 2 :: Int]))
  section "Lift"
  let p1 = Pure 3 :: Lift [] Int
      o1 = Other [1, 2] :: Lift [] Int
  print (p1 == o1, p1 /= o1, compare p1 o1, p1 < o1, p1 <= o1, p1 > o1, p1 >= o1, max p1 o1, min p1 o1)
  print (showsPrec 11 p1 "", show o1, showList [p1, o1] "")
  print (read "Pure 4" :: Lift [] Int, read "Other [5,6]" :: Lift [] Int, readList "[Pure 1,Other []]" :: [([Lift [] Int], String)])
  print (fold (fmap show o1), foldMap show o1, foldMap' Sum p1, foldr (:) [] o1, foldr' (+) 0 o1, foldl (-) 0 o1, foldl' (-) 0 p1, foldr1 (-) o1, foldl1 (-) o1)
  print (toList o1, null p1, null (Other [] :: Lift [] Int), length o1, elem 2 o1, maximum o1, minimum p1, sum o1, product o1)
  print (traverse (\x -> Just x) o1, sequenceA (fmap (: []) p1), mapM (\x -> [x]) o1, sequence (fmap Just o1))
  print (fmap (* 3) o1, 0 <$ p1, Pure (+ 1) <*> o1, o1 <* p1, p1 *> o1, liftA2 (+) o1 o1, unLift (Other [(+ 1), (* 2)] <*> Pure 1 <* o1))
  print (runErrors (traverse (\x -> if x > 0 then pure x else failure [x]) [1, -2, 3, -4 :: Int]))
  print (runErrors (traverse (\x -> if x > 0 then pure x else failure [x]) [1, 2 :: Int]))
  section "Constant"
  let c1 = Constant "abc" :: Constant String Int
      c2 = Constant "abd" :: Constant String Int
  print (c1 == c2, compare c1 c2, c1 < c2, max c1 c2, min c1 c2, c1 >= c2)
  print (showsPrec 11 c1 "", show c2, showList [c1] "")
  print (read "Constant 'q'" :: Constant Char Int, readList "[Constant 1]" :: [([Constant Int Bool], String)], reads "Constant (Just 2)x" :: [(Constant (Maybe Int) (), String)])
  print (fold (fmap show c1), foldMap show c1, foldMap' show c1, foldr (:) [] c1, foldr' (:) [] c1, foldl (flip (:)) [] c1, toList c1, null c1, length c1, elem 1 c1, sum c1, product c1)
  print (traverse (\x -> [x, x]) c1, fmap (+ 1) c1, pure 3 :: Constant String Int, (Constant "f" :: Constant String (Int -> Int)) <*> c1, c1 <> c2, mconcat [c1, c2, c1], mempty :: Constant String Int, mappend c1 c2)
  print (getConstant (sconcatC [c1, c2]), getConstant (stimesC c1))
  where
    sconcatC = foldr1 (<>)
    stimesC c = foldr (<>) c [c, c]
