{-# LANGUAGE RankNTypes, FlexibleContexts, ConstraintKinds #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- Transformers used as containers: survey results wrapped in IdentityT,
-- MaybeT, ExceptT, ErrorT, ListT, WriterT (lazy and strict), Backwards,
-- Lift, Reverse and Constant over lists, compared, ordered, shown, folded,
-- traversed, zipped and contramapped. Each class's methods are taken as a
-- record at each wrapper over an unknown functor (no specialisation, no
-- library inlining), so -O1 code calls each instance's own methods.
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Except
import Control.Monad.Trans.Error (ErrorT (..))
import Control.Monad.Trans.List (ListT (..))
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Data.Functor.Reverse
import Data.Functor.Constant
import Data.Functor.Classes
import Data.Functor.Contravariant
import Data.Functor.Identity
import Data.Bifunctor
import Data.Bifoldable
import Data.Bitraversable
import Control.Monad.Zip
import Data.Foldable (foldl', foldr', foldMap', toList)
import Data.Monoid (Sum (..))
import Data.Semigroup (stimes)

data Cmp t = Cmp
  { eq, ne, lt, le, gt, ge :: t -> t -> Bool
  , cmp :: t -> t -> Ordering, mx, mn :: t -> t -> t
  , shw :: t -> String, shp :: Int -> t -> ShowS, shl :: [t] -> ShowS }

data Fold f = Fold
  { fFold :: [f String] -> [String], fMap :: f Int -> Int, fMap' :: f Int -> Int
  , fr :: f Int -> [Int], fr' :: f Int -> Int, fl :: f Int -> [Int], fl' :: f Int -> Int
  , fr1, fl1 :: f Int -> Int, fLen :: f Int -> Int, fNull :: f Int -> Bool, fList :: f Int -> [Int]
  , fSum, fProd, fMax, fMin :: f Int -> Int, fElem :: f Int -> Bool }

data Trav f = Trav
  { tTrav :: f Int -> Maybe (f Int), tSeqA :: f (Maybe Int) -> Maybe (f Int)
  , tMapM :: f Int -> [f Int], tSeq :: f [Int] -> [f Int] }

data Lifted f = Lifted
  { lEq :: f Int -> f Int -> Bool, lCmp :: f Int -> f Int -> Ordering
  , lShow :: Int -> f Int -> ShowS, lShowList :: [f Int] -> ShowS }

data Reads f = Reads
  { rPrec :: Int -> ReadS (f Int), rList :: ReadS [f Int]
  , rLift :: Int -> ReadS (f Int), rLiftList :: ReadS [f Int] }

{-# INLINE readsOf #-}
readsOf :: (Read1 f, Read (f Int)) => Reads f
readsOf = Reads readsPrec readList (liftReadsPrec readsPrec readList) (liftReadList readsPrec readList)

-- Each wrapper's shown text read back, whole and in lists.
{-# NOINLINE reread #-}
reread :: Cmp (f Int) -> Reads f -> f Int -> String
reread c r a =
  let s = shw c a
      ls = "[" ++ s ++ "," ++ s ++ "]"
      one rd = [shw c x ++ "|" ++ rest | (x, rest) <- rd 0 s]
      many rd = [length xs | (xs, _) <- rd ls]
   in show (one (rPrec r), many (rList r), one (rLift r), many (rLiftList r))

data Contra f = Contra { cMap :: (Int -> Bool) -> f Bool -> f Int, cConst :: Bool -> f Bool -> f Int }

{-# INLINE cmpOf #-}
cmpOf :: (Ord t, Show t) => Cmp t
cmpOf = Cmp (==) (/=) (<) (<=) (>) (>=) compare max min show showsPrec showList

{-# INLINE foldOf #-}
foldOf :: Foldable f => Fold f
foldOf = Fold (map concat . map (foldMap (: []))) (getSum . foldMap Sum) (getSum . foldMap' Sum) (foldr (:) []) (foldr' (+) 0) (foldl (flip (:)) []) (foldl' (+) 0)
              (\t -> if null t then 0 else foldr1 (-) t) (\t -> if null t then 0 else foldl1 (-) t) length null toList
              sum product (\t -> if null t then 0 else maximum t) (\t -> if null t then 0 else minimum t) (elem 3)

{-# INLINE travOf #-}
travOf :: Traversable f => Trav f
travOf = Trav (traverse (\x -> if x > 0 then Just x else Nothing)) sequenceA (mapM (\x -> [x, x + 1])) sequence

{-# INLINE liftedOf #-}
liftedOf :: (Eq1 f, Ord1 f, Show1 f) => Lifted f
liftedOf = Lifted (liftEq (==)) (liftCompare compare) (liftShowsPrec showsPrec showList) (liftShowList showsPrec showList)

{-# INLINE contraOf #-}
contraOf :: Contravariant f => Contra f
contraOf = Contra contramap (>$)

-- The report: every record on two samples.
{-# NOINLINE survey #-}
survey :: String -> Cmp (f Int) -> Fold f -> Trav f -> Lifted f -> f Int -> f Int -> f String -> f (Maybe Int) -> f [Int] -> IO ()
survey name c f t l a b s ms ls = do
  putStrLn (name ++ ": " ++ shw c a ++ " vs " ++ shp c 11 b "" ++ " " ++ shl c [a, b] "")
  print ([eq c a b, ne c a b, lt c a b, le c a b, gt c a b, ge c a b], cmp c a b, shw c (mx c a b), shw c (mn c a b))
  print (fFold f [s, s], fMap f a, fMap' f b, fr f a, fr' f b, fl f a, fl' f b, fr1 f a, fl1 f b)
  print (fLen f a, fNull f b, fList f a, fSum f a, fProd f b, fMax f a, fMin f b, fElem f a)
  print (fmap (shw c) (tTrav t a), fmap (shw c) (tSeqA t ms), map (shw c) (tMapM t b), length (tSeq t ls))
  print (lEq l a b, lCmp l b a, lShow l 11 a "", lShowList l [b] "")

{-# NOINLINE contraSurvey #-}
contraSurvey :: String -> Contra f -> (f Int -> Int -> [Bool]) -> f Bool -> IO ()
contraSurvey name c run p = print (name, run (cMap c even p) 4, run (cMap c (> 2) p) 1, run (cConst c True p) 0)

-- One record set per wrapper over the list functor (built in NOINLINE
-- functions over an unknown functor, used at lists).
type Cls f = (Ord1 f, Show1 f, Read1 f, Traversable f)

{-# NOINLINE onIdentityT #-}
onIdentityT :: Cls f => (Cmp (IdentityT f Int), Fold (IdentityT f), Trav (IdentityT f), Lifted (IdentityT f), Reads (IdentityT f))
onIdentityT = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onMaybeT #-}
onMaybeT :: Cls f => (Cmp (MaybeT f Int), Fold (MaybeT f), Trav (MaybeT f), Lifted (MaybeT f), Reads (MaybeT f))
onMaybeT = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onExceptT #-}
onExceptT :: Cls f => (Cmp (ExceptT Char f Int), Fold (ExceptT Char f), Trav (ExceptT Char f), Lifted (ExceptT Char f), Reads (ExceptT Char f))
onExceptT = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onErrorT #-}
onErrorT :: Cls f => (Cmp (ErrorT Char f Int), Fold (ErrorT Char f), Trav (ErrorT Char f), Lifted (ErrorT Char f), Reads (ErrorT Char f))
onErrorT = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onListT #-}
onListT :: Cls f => (Cmp (ListT f Int), Fold (ListT f), Trav (ListT f), Lifted (ListT f), Reads (ListT f))
onListT = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onWriterL #-}
onWriterL :: Cls f => (Cmp (WL.WriterT String f Int), Fold (WL.WriterT String f), Trav (WL.WriterT String f), Lifted (WL.WriterT String f), Reads (WL.WriterT String f))
onWriterL = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onWriterS #-}
onWriterS :: Cls f => (Cmp (WS.WriterT String f Int), Fold (WS.WriterT String f), Trav (WS.WriterT String f), Lifted (WS.WriterT String f), Reads (WS.WriterT String f))
onWriterS = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onBackwards #-}
onBackwards :: Cls f => (Cmp (Backwards f Int), Fold (Backwards f), Trav (Backwards f), Lifted (Backwards f), Reads (Backwards f))
onBackwards = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onLift #-}
onLift :: Cls f => (Cmp (Lift f Int), Fold (Lift f), Trav (Lift f), Lifted (Lift f), Reads (Lift f))
onLift = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onReverse #-}
onReverse :: Cls f => (Cmp (Reverse f Int), Fold (Reverse f), Trav (Reverse f), Lifted (Reverse f), Reads (Reverse f))
onReverse = (cmpOf, foldOf, travOf, liftedOf, readsOf)

{-# NOINLINE onConstant #-}
onConstant :: (Ord k, Show k, Read k) => (Cmp (Constant k Int), Fold (Constant k), Trav (Constant k), Lifted (Constant k), Reads (Constant k))
onConstant = (cmpOf, foldOf, travOf, liftedOf, readsOf)

-- Constant's two-parameter classes, Semigroup and Monoid over an unknown
-- constant type.
data Two k = Two
  { bm :: forall b c. (k -> String) -> (b -> c) -> Constant k b -> Constant String c
  , bfm :: Constant k k -> [k], bfr :: Constant k k -> [k], bfl :: Constant k k -> [k]
  , btr :: Constant k Int -> [Constant k Int]
  , app2 :: Constant k Int -> Constant k Int -> Constant k Int, cat2 :: [Constant k Int] -> Constant k Int, none :: Constant k Int
  , rep :: Int -> Constant k Int -> Constant k Int
  , eqTwo :: Constant k Int -> Constant k Int -> Bool, cmpTwo :: Constant k Int -> Constant k Int -> Ordering
  , sh2 :: Constant k Int -> String, shl2 :: [Constant k Int] -> String, shw2 :: Constant k Int -> String }

{-# NOINLINE twoOf #-}
twoOf :: (Monoid k, Ord k, Show k) => Two k
twoOf = Two (\f g -> first f . second g) (bifoldMap (: []) (: [])) (bifoldr (:) (:) []) (bifoldl (flip (:)) (flip (:)) [])
            (bitraverse (\k -> [k]) (\x -> [x, x + 1])) (<>) mconcat mempty stimes
            (liftEq2 (==) (==)) (liftCompare2 compare compare) (\c -> liftShowsPrec2 showsPrec showList showsPrec showList 11 c "")
            (\cs -> liftShowList2 showsPrec showList showsPrec showList cs "") show

-- Contravariant wrappers over an unknown contravariant functor.
{-# NOINLINE contras #-}
contras :: Contravariant f => (Contra (IdentityT f), Contra (MaybeT f), Contra (ExceptT () f), Contra (ListT f), Contra (WL.WriterT () f), Contra (WS.WriterT () f), Contra (Backwards f), Contra (Reverse f))
contras = (contraOf, contraOf, contraOf, contraOf, contraOf, contraOf, contraOf, contraOf)

{-# NOINLINE zips #-}
zips :: MonadZip m => (IdentityT m Int -> IdentityT m Char -> IdentityT m (Int, Char), MaybeT m Int -> MaybeT m Char -> MaybeT m (Int, Char), ExceptT () m Int -> ExceptT () m Char -> ExceptT () m (Int, Char), ListT m Int -> ListT m Int -> ListT m Int, WL.WriterT String m Int -> WL.WriterT String m Char -> WL.WriterT String m (Int, Char))
zips = (mzip, mzip, mzip, mzipWith (+), mzip)

main :: IO ()
main = do
  let (c1, f1, t1, l1, r1) = onIdentityT in putStrLn ("IdentityT" ++ " read: " ++ reread c1 r1 (IdentityT [1, 3])) >> survey "IdentityT" c1 f1 t1 l1 (IdentityT [1, 3]) (IdentityT [2]) (IdentityT ["x", "y"]) (IdentityT [Just 5, Just 6]) (IdentityT [[1, 2], [3]])
  let (c2, f2, t2, l2, r2) = onMaybeT in putStrLn ("MaybeT" ++ " read: " ++ reread c2 r2 (MaybeT [Just 1, Nothing, Just 3])) >> survey "MaybeT" c2 f2 t2 l2 (MaybeT [Just 1, Nothing, Just 3]) (MaybeT [Just 2]) (MaybeT [Just "x"]) (MaybeT [Just (Just 5), Nothing]) (MaybeT [Just [1, 2]])
  let (c3, f3, t3, l3, r3) = onExceptT in putStrLn ("ExceptT" ++ " read: " ++ reread c3 r3 (ExceptT [Right 1, Left 'e', Right 3])) >> survey "ExceptT" c3 f3 t3 l3 (ExceptT [Right 1, Left 'e', Right 3]) (ExceptT [Right 2]) (ExceptT [Right "x"]) (ExceptT [Right (Just 5)]) (ExceptT [Left 'l', Right [1, 2]])
  let (c4, f4, t4, l4, r4) = onErrorT in putStrLn ("ErrorT" ++ " read: " ++ reread c4 r4 (ErrorT [Right 1, Right 3])) >> survey "ErrorT" c4 f4 t4 l4 (ErrorT [Right 1, Right 3]) (ErrorT [Left 'x', Right 2]) (ErrorT [Right "x"]) (ErrorT [Right (Just 5)]) (ErrorT [Right [1, 2]])
  let (c5, f5, t5, l5, r5) = onListT in putStrLn ("ListT" ++ " read: " ++ reread c5 r5 (ListT [[1, 3], [4]])) >> survey "ListT" c5 f5 t5 l5 (ListT [[1, 3], [4]]) (ListT [[2]]) (ListT [["x"]]) (ListT [[Just 5, Nothing]]) (ListT [[[1, 2]]])
  let (c6, f6, t6, l6, r6) = onWriterL in putStrLn ("WriterT" ++ " read: " ++ reread c6 r6 (WL.WriterT [(1, "a"), (3, "b")])) >> survey "WriterT" c6 f6 t6 l6 (WL.WriterT [(1, "a"), (3, "b")]) (WL.WriterT [(2, "c")]) (WL.WriterT [("x", "w")]) (WL.WriterT [(Just 5, "")]) (WL.WriterT [([1, 2], "l")])
  let (c7, f7, t7, l7, r7) = onWriterS in putStrLn ("WriterT'" ++ " read: " ++ reread c7 r7 (WS.WriterT [(1, "a"), (3, "b")])) >> survey "WriterT'" c7 f7 t7 l7 (WS.WriterT [(1, "a"), (3, "b")]) (WS.WriterT [(2, "c")]) (WS.WriterT [("x", "w")]) (WS.WriterT [(Nothing, "")]) (WS.WriterT [([1, 2], "l")])
  let (c8, f8, t8, l8, r8) = onBackwards in putStrLn ("Backwards" ++ " read: " ++ reread c8 r8 (Backwards [1, 3])) >> survey "Backwards" c8 f8 t8 l8 (Backwards [1, 3]) (Backwards [2]) (Backwards ["x"]) (Backwards [Just 5]) (Backwards [[1, 2]])
  let (c9, f9, t9, l9, r9) = onLift in putStrLn ("Lift" ++ " read: " ++ reread c9 r9 (Other [1, 3])) >> survey "Lift" c9 f9 t9 l9 (Other [1, 3]) (Pure 2) (Other ["x"]) (Pure (Just 5)) (Other [[1, 2]])
  let (c10, f10, t10, l10, r10) = onReverse in putStrLn ("Reverse" ++ " read: " ++ reread c10 r10 (Reverse [1, 3, 4])) >> survey "Reverse" c10 f10 t10 l10 (Reverse [1, 3, 4]) (Reverse [2]) (Reverse ["x", "y"]) (Reverse [Just 5, Just 1]) (Reverse [[1, 2], [3]])
  let (c11, f11, t11, l11, r11) = (onConstant :: (Cmp (Constant [Int] Int), Fold (Constant [Int]), Trav (Constant [Int]), Lifted (Constant [Int]), Reads (Constant [Int]))) in putStrLn ("Constant" ++ " read: " ++ reread c11 r11 (Constant [1, 3])) >> survey "Constant" c11 f11 t11 l11 (Constant [1, 3]) (Constant [2]) (Constant [9]) (Constant [5]) (Constant [1, 2])
  -- contravariance over predicates
  let (k1, k2, k3, k4, k5, k6, k7, k8) = contras :: (Contra (IdentityT Predicate), Contra (MaybeT Predicate), Contra (ExceptT () Predicate), Contra (ListT Predicate), Contra (WL.WriterT () Predicate), Contra (WS.WriterT () Predicate), Contra (Backwards Predicate), Contra (Reverse Predicate))
      p = Predicate id
  contraSurvey "IdentityT" k1 (\(IdentityT (Predicate q)) n -> [q n]) (IdentityT p)
  contraSurvey "MaybeT" k2 (\(MaybeT (Predicate q)) n -> [q (Just n), q Nothing]) (MaybeT (Predicate (maybe False id)))
  contraSurvey "ExceptT" k3 (\(ExceptT (Predicate q)) n -> [q (Right n), q (Left ())]) (ExceptT (Predicate (either (const True) id)))
  contraSurvey "ListT" k4 (\(ListT (Predicate q)) n -> [q [n, n + 1], q []]) (ListT (Predicate and))
  contraSurvey "WriterT" k5 (\(WL.WriterT (Predicate q)) n -> [q (n, ())]) (WL.WriterT (Predicate fst))
  contraSurvey "WriterT'" k6 (\(WS.WriterT (Predicate q)) n -> [q (n, ())]) (WS.WriterT (Predicate fst))
  contraSurvey "Backwards" k7 (\(Backwards (Predicate q)) n -> [q n]) (Backwards p)
  contraSurvey "Reverse" k8 (\(Reverse (Predicate q)) n -> [q n]) (Reverse p)
  print (getPredicate (contramap length (Constant 'c' `seq` Predicate even)) "ab", getConst' (contramap (+ (1 :: Int)) (Constant "k" :: Constant String Int)), getConst' ((() :: ()) >$ (Constant "m" :: Constant String ()) :: Constant String Int))
  -- zipping through the wrappers
  let (z1, z2, z3, z4, z5) = zips :: (IdentityT [] Int -> IdentityT [] Char -> IdentityT [] (Int, Char), MaybeT [] Int -> MaybeT [] Char -> MaybeT [] (Int, Char), ExceptT () [] Int -> ExceptT () [] Char -> ExceptT () [] (Int, Char), ListT [] Int -> ListT [] Int -> ListT [] Int, WL.WriterT String [] Int -> WL.WriterT String [] Char -> WL.WriterT String [] (Int, Char))
  print (runIdentityT (z1 (IdentityT [1, 2, 3]) (IdentityT "ab")), runMaybeT (z2 (MaybeT [Just 1, Nothing]) (MaybeT [Just 'x', Just 'y'])), runExceptT (z3 (ExceptT [Right 4]) (ExceptT [Left (), Right 'q'])))
  print (runListT (z4 (ListT [[1, 2], [3]]) (ListT [[10], [20, 30]])), WL.runWriterT (z5 (WL.writer (1, "a")) (WL.writer ('z', "b"))), munzip (IdentityT [(1, 'a'), (2, 'b')]))
  -- Constant as a bifunctor and a monoid
  print (first length (Constant "abc" :: Constant String Int), second (+ 1) (Constant 'k' :: Constant Char Int), bimap show not (Constant 5 :: Constant Int Bool))
  print (bifoldMap (: []) (: []) (Constant 'b' :: Constant Char Char), bifoldr (:) (:) [] (Constant 'r' :: Constant Char Char), bifoldl (flip (:)) (flip (:)) [] (Constant 'l' :: Constant Char Char))
  print (bitraverse (\c -> [c, succ c]) (\x -> [x :: Int]) (Constant 'a'), Constant "x" <> (Constant "y" :: Constant String Int), mconcat [Constant [1], Constant [2 :: Int]] :: Constant [Int] Char, mempty :: Constant String ())
  print (liftEq2 (==) (==) (Constant 1 :: Constant Int Char) (Constant 1), liftCompare2 compare compare (Constant 'a' :: Constant Char ()) (Constant 'b'), liftShowsPrec2 showsPrec showList showsPrec showList 11 (Constant 'c' :: Constant Char Int) "")
  let tw = twoOf :: Two String
  print (getConstant (bm tw reverse not (Constant "ab")), bfm tw (Constant "x"), bfr tw (Constant "y"), bfl tw (Constant "z"), map getConstant (btr tw (Constant "t")))
  print (getConstant (app2 tw (Constant "p") (Constant "q")), getConstant (cat2 tw [Constant "r", Constant "s"]), getConstant (none tw), getConstant (rep tw 3 (Constant "ab")))
  print (eqTwo tw (Constant "a") (Constant "a"), cmpTwo tw (Constant "a") (Constant "b"), sh2 tw (Constant "c"), shl2 tw [Constant "d"], shw2 tw (Constant "e"))
  print (liftShowList2 showsPrec showList showsPrec showList [Constant 'x' :: Constant Char Int] "", sum (Constant 'q' :: Constant Char Int), product (Constant 'p' :: Constant Char Int))
  where
    getConst' = getConstant
