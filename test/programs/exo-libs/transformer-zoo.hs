{-# LANGUAGE CPP #-}
-- transformers' wrappers as data: one inspector takes each wrapper type's
-- Eq, Ord, Show, Read, Eq1/Ord1/Show1, Foldable and Traversable methods as a
-- record of class methods at a known type (so -O1 code names each
-- instance's closures), then a job runner written once against a record of
-- Functor/Applicative/Alternative/Monad methods runs over each transformer.
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Except
import Control.Monad.Trans.Error (ErrorT (..))
import Control.Monad.Trans.List (ListT (..))
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import qualified Control.Monad.Trans.State.Lazy as SL
import qualified Control.Monad.Trans.State.Strict as SS
import qualified Control.Monad.Trans.RWS.Lazy as RL
import qualified Control.Monad.Trans.RWS.Strict as RS
import Control.Monad.Trans.Reader
import Control.Monad.Trans.Accum
import Control.Monad.Trans.Select
import Control.Monad.Trans.Cont
import Control.Monad.Trans.Class (lift)
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Data.Functor.Reverse
import Data.Functor.Constant
import Data.Functor.Identity
import Data.Functor.Classes
import Data.Foldable (toList, foldl', foldr')
import Control.Applicative
import Control.Monad
import Control.Monad.Fix (MonadFix, mfix)
import Control.Monad.Zip (mzip, mzipWith)

data IOps t = IOps
  { tag :: String
  , iEq, iNe, iLt, iLe, iGt, iGe :: t Int -> t Int -> Bool
  , iCmp :: t Int -> t Int -> Ordering
  , iMax, iMin :: t Int -> t Int -> t Int
  , iShow :: t Int -> String
  , iShowsPrec :: Int -> t Int -> ShowS
  , iShowList :: [t Int] -> ShowS
  , iReads :: Int -> ReadS (t Int)
  , iReadList :: ReadS [t Int]
  , iLiftEq :: (Int -> Int -> Bool) -> t Int -> t Int -> Bool
  , iLiftCmp :: (Int -> Int -> Ordering) -> t Int -> t Int -> Ordering
  , iLiftShows :: (Int -> Int -> ShowS) -> ([Int] -> ShowS) -> Int -> t Int -> ShowS
  , iLiftShowList :: (Int -> Int -> ShowS) -> ([Int] -> ShowS) -> [t Int] -> ShowS
  , iSum, iLen :: t Int -> Int
  , iNull :: t Int -> Bool
  , iToList :: t Int -> [Int]
  , iFoldr, iFoldl, iFoldr', iFoldl' :: (Int -> Int -> Int) -> Int -> t Int -> Int
  , iFoldMap :: (Int -> [Int]) -> t Int -> [Int]
  , iElem :: Int -> t Int -> Bool
  , iFmap :: (Int -> Int) -> t Int -> t Int
  , iReplace :: Int -> t Int -> t Int
  , iTraverse :: (Int -> Maybe Int) -> t Int -> Maybe (t Int)
  , iMapM :: (Int -> [Int]) -> t Int -> [t Int]
  }

#define IOPS(T) IOps { tag = "T", iEq = (==), iNe = (/=), iLt = (<), iLe = (<=), iGt = (>), iGe = (>=), iCmp = compare, iMax = max, iMin = min, iShow = show, iShowsPrec = showsPrec, iShowList = showList, iReads = readsPrec, iReadList = readList, iLiftEq = liftEq, iLiftCmp = liftCompare, iLiftShows = liftShowsPrec, iLiftShowList = liftShowList, iSum = sum, iLen = length, iNull = null, iToList = toList, iFoldr = foldr, iFoldl = foldl, iFoldr' = foldr', iFoldl' = foldl', iFoldMap = foldMap, iElem = elem, iFmap = fmap, iReplace = (<$), iTraverse = traverse, iMapM = mapM } :: IOps (T)

{-# NOINLINE inspect #-}
inspect :: IOps t -> [t Int] -> IO ()
inspect o xs = do
  let sh = iShow o
  putStrLn ("== " ++ tag o ++ " " ++ iShowList o xs "")
  print [f a b | f <- [iEq o, iNe o, iLt o, iLe o, iGt o, iGe o], a <- xs, b <- take 2 xs]
  print ([iCmp o a b | a <- xs, b <- xs], [sh (iMax o a b) ++ "/" ++ sh (iMin o a b) | a <- take 2 xs, b <- xs])
  print ([iLiftEq o (\a b -> a `mod` 3 == b `mod` 3) a b | a <- xs, b <- xs], [iLiftCmp o (flip compare) a b | a <- xs, b <- xs])
  putStrLn (concat [iShowsPrec o p x ";" ++ iLiftShows o (\_ n -> shows (n * 100)) (showString . concatMap show) p x "|" | p <- [0, 11], x <- xs])
  putStrLn (iLiftShowList o showsPrec showList xs "")
  print [[sh v ++ "&" ++ r | (v, r) <- iReads o p s] | p <- [0, 11], s <- map sh xs ++ map (\x -> "(" ++ sh x ++ ")") (take 1 xs)]
  print [map sh vs | (vs, "") <- iReadList o (iShowList o xs "")]
  print (map (iSum o) xs, map (iLen o) xs, map (iNull o) xs, map (iToList o) xs, map (iElem o 2) xs)
  print (map (iFoldr o (-) 0) xs, map (iFoldl o (-) 0) xs, map (iFoldr' o (-) 1) xs, map (iFoldl' o (-) 1) xs, map (iFoldMap o (\x -> [x, x])) xs)
  putStrLn (unwords (map (sh . iFmap o (* 3)) xs ++ map (sh . iReplace o 0) xs))
  print (map (fmap sh . iTraverse o (\x -> if x < 50 then Just (x + 1) else Nothing)) xs, map (map sh . iMapM o (\x -> [x, -x])) (take 1 xs))

-- a lazily tied list, through each monad's mfix
knot :: MonadFix m => m [Int]
knot = mfix (\x -> return (1 : take 2 x))

main :: IO ()
main = do
  inspect (IOPS(IdentityT Maybe)) [IdentityT (Just 1), IdentityT Nothing, IdentityT (Just 2)]
  inspect (IOPS(MaybeT [])) [MaybeT [Just 1, Nothing], MaybeT [], MaybeT [Just 2]]
  inspect (IOPS(ExceptT Char Maybe)) [ExceptT (Just (Right 1)), ExceptT (Just (Left 'e')), ExceptT Nothing]
  inspect (IOPS(ErrorT String Maybe)) [ErrorT (Just (Right 2)), ErrorT (Just (Left "no")), ErrorT Nothing]
  inspect (IOPS(ListT Maybe)) [ListT (Just [1, 2]), ListT Nothing, ListT (Just [])]
  inspect (IOPS(WL.WriterT String Maybe)) [WL.WriterT (Just (1, "a")), WL.WriterT Nothing, WL.WriterT (Just (2, "b"))]
  inspect (IOPS(WS.WriterT String [])) [WS.WriterT [(1, "a"), (3, "")], WS.WriterT [], WS.WriterT [(2, "b")]]
  inspect (IOPS(Backwards [])) [Backwards [1, 2], Backwards [], Backwards [3]]
  inspect (IOPS(Reverse [])) [Reverse [1, 2], Reverse [], Reverse [3]]
  inspect (IOPS(Lift [])) [Pure 1, Other [2, 3], Other []]
  inspect (IOPS(Constant String)) [Constant "a", Constant "b", Constant ""]
  inspect (IOPS(Identity)) [Identity 1, Identity 7]
  -- the transformers as applicatives and monads over a known base
  let st = do { x <- SL.get; SL.put (x * 2); SL.modify (+ 1); return x } :: SL.StateT Int Maybe Int
      ss = do { x <- SS.get; SS.put (x * 2); SS.modify' (+ 1); return x } :: SS.StateT Int [] Int
  print (SL.runStateT (liftA2 (+) st st) 3, SL.runStateT (st <* st) 3, SL.runStateT (st *> st) 3, SL.runStateT ((+) <$> st <*> st) 1)
  print (SS.runStateT (liftA2 (+) ss ss) 3, SS.runStateT (ss <* ss) 3, SS.runStateT (ss <|> pure 9) 3, SS.runStateT (empty <|> ss) 1, SS.runStateT (mzero `mplus` ss) 1)
  print (SL.runStateT (st <|> empty) 5, SL.runStateT (mplus empty st) 5, SL.runStateT (0 <$ st) 2, SL.runStateT (knot :: SL.StateT Int Maybe [Int]) 0)
  print (SS.runStateT (fmap negate ss) 2, SS.runStateT (7 <$ ss) 2, SS.runStateT (mfix (\x -> SS.StateT (\s -> [(1 : take 2 x, s)]))) 0, SS.evalStateT (ss >> ss >>= \a -> return (a * 10)) 4)
  let rd = do { e <- ask; l <- asks length; local (++ "!") (asks (++ show l)) >>= \s -> return (e ++ s) } :: ReaderT String Maybe String
  print (runReaderT (liftA2 (++) rd rd) "r", runReaderT (rd <* rd) "q", runReaderT (rd <|> empty) "p", runReaderT (mzero `mplus` rd) "o", runReaderT (knot :: ReaderT String Maybe [Int]) "")
  print (runReaderT (fmap length rd) "x", runReaderT ('c' <$ rd) "", runReaderT (mzip rd rd) "z", runReaderT (mzipWith (++) rd rd) "w", runReaderT (fail "no" :: ReaderT () Maybe Int) ())
  let wr = do { WL.tell "a"; x <- WL.listen (WL.tell "b" >> return 3); WL.censor reverse (WL.tell "cd"); return (fst x) } :: WL.WriterT String Maybe Int
      ws = do { WS.tell [1]; (x, w) <- WS.listen (WS.tell [2] >> return 'x'); WS.pass (return (x, map (* 10))); WS.tell w; return x } :: WS.WriterT [Int] [] Char
  print (WL.runWriterT (liftA2 (+) wr wr), WL.runWriterT (wr <* wr), WL.runWriterT (wr *> wr), WL.runWriterT (wr <|> empty), WL.runWriterT (mplus mzero wr), WL.execWriterT (mfix (\x -> return (1 : take 2 x) :: WL.WriterT String Maybe [Int])))
  print (WS.runWriterT (liftA2 (,) ws ws), WS.runWriterT (ws <* ws), WS.runWriterT (ws <|> pure 'p'), WS.runWriterT (mzero `mplus` ws), WS.runWriterT (fmap succ ws), WS.runWriterT ('k' <$ ws))
  print (WL.runWriterT (mzip wr wr), WS.runWriterT (mzipWith (,) ws ws), WL.runWriterT (fail "f" :: WL.WriterT String Maybe ()), WS.runWriterT (knot :: WS.WriterT [Int] [] [Int]))
  let rw = do { r <- RL.ask; s <- RL.get; RL.tell [r + s]; RL.put (s + 1); RL.local (* 2) (RL.asks (+ 1)) } :: RL.RWST Int [Int] Int Maybe Int
      rs = do { r <- RS.ask; s <- RS.get; RS.tell [r * s]; RS.modify (+ r); return (r + s) } :: RS.RWST Int [Int] Int [] Int
  print (RL.runRWST (liftA2 (+) rw rw) 2 3, RL.runRWST (rw <* rw) 1 1, RL.runRWST (rw <|> empty) 1 1, RL.runRWST (mzero `mplus` rw) 2 2, RL.runRWST (fmap show rw) 0 0, RL.runRWST (knot :: RL.RWST Int [Int] Int Maybe [Int]) 0 0)
  print (RS.runRWST (liftA2 (,) rs rs) 2 3, RS.runRWST (rs *> rs) 1 1, RS.runRWST (rs <|> pure 0) 1 1, RS.runRWST (mplus mzero rs) 2 2, RS.runRWST ('x' <$ rs) 0 0, RS.runRWST (knot :: RS.RWST Int [Int] Int [] [Int]) 0 0)
  print (RL.runRWST (fail "rw" :: RL.RWST () () () Maybe ()) () (), RS.runRWST (fail "rs" :: RS.RWST () () () [] ()) () ())
  let mt = MaybeT [Just 1, Nothing, Just 3] :: MaybeT [] Int
      et = ExceptT (Just (Right 4)) :: ExceptT String Maybe Int
      it = IdentityT [5, 6] :: IdentityT [] Int
  print (runMaybeT (liftA2 (+) mt mt), runMaybeT (mt <* mt), runMaybeT (mt <|> pure 0), runMaybeT (mzero `mplus` mt), runMaybeT (mfix (\x -> MaybeT [Just (1 : take 1 x)])), runMaybeT (mzip mt mt), runMaybeT (fmap (* 2) mt), runMaybeT (0 <$ mt))
  print (runExceptT (liftA2 (+) et et), runExceptT (et <* et), runExceptT (et <|> throwE "x"), runExceptT (throwE "a" <|> throwE "b" :: ExceptT String Maybe Int), runExceptT (mzero `mplus` et), runExceptT (mfix (\x -> return (1 : take 1 x)) :: ExceptT String Maybe [Int]))
  print (runExceptT (mzip et et), runExceptT (fmap negate et), runExceptT (0 <$ et), runExceptT (catchE (throwE "c") (\e -> return (length e)) :: ExceptT String Maybe Int), runExceptT (withExceptT length (throwE "abc" :: ExceptT String Maybe ())))
  print (runIdentityT (liftA2 (+) it it), runIdentityT (it <* it), runIdentityT (it <|> empty), runIdentityT (mplus mzero it), runIdentityT (mfix (\x -> IdentityT [1 : take 1 x])), runIdentityT (mzip it it), runIdentityT (fmap succ it), runIdentityT (0 <$ it))
  print (forwards (liftA2 (,) (Backwards "ab") (Backwards "xy")), forwards (Backwards [1, 2] <* Backwards [3, 4 :: Int]), forwards (Backwards [1] <|> empty :: Backwards [] Int), forwards (fmap (* 2) (Backwards [1, 2 :: Int])), forwards ('z' <$ Backwards "ab"))
  print (getReverse (liftA2 (,) (Reverse "ab") (Reverse "xy")), getReverse (Reverse [1, 2] <* Reverse [3 :: Int]), getReverse (Reverse [1] <|> Reverse [2 :: Int]), getReverse (Reverse [1, 2 :: Int] >>= \x -> Reverse [x, x]), getReverse (mzero `mplus` Reverse "m"))
  print (unLift (liftA2 (+) (Pure 1) (Other [2, 3 :: Int])), unLift (Pure 1 <* Other [2 :: Int]), unLift (Other [1] <|> Other [2 :: Int]), unLift (fmap (* 2) (Other [5 :: Int])), unLift ('c' <$ (Pure () :: Lift [] ())), mapLift reverse (Other "ab"), elimLift (const 1) length (Other "abc"))
  print (runErrors ((failure "bad" :: Errors String (Int -> Int)) <*> Pure 1), runErrors (liftA2 (+) (failure "x") (failure "y") :: Errors String Int), runErrors (pure 5 :: Errors String Int))
  let lt = ListT (Just [1, 2]) :: ListT Maybe Int
  print (runListT (liftA2 (+) lt lt), runListT (lt <* lt), runListT (lt <|> empty), runListT (mzero `mplus` lt), runListT (fmap (* 3) lt), runListT (0 <$ lt), runListT (mfix (\x -> ListT (Just [1 : take 1 x]))))
  let ac = do { add "a"; s <- look; add (map succ s); looks length } :: AccumT String Maybe Int
  print (runAccumT (liftA2 (+) ac ac) "x", runAccumT (ac <* ac) "", runAccumT (ac *> ac) "", runAccumT (ac <|> empty) "", runAccumT (mzero `mplus` ac) "", runAccumT (fmap show ac) "q", runAccumT (0 <$ ac) "", runAccumT (knot :: AccumT String Maybe [Int]) "")
  let sel = select (\k -> maximum [k x | x <- [1, 2, 3 :: Int]]) :: SelectT Int Identity Int
  print (runIdentity (runSelectT (liftA2 (+) sel sel) Identity), runIdentity (runSelectT (sel <* sel) (Identity . negate)), runIdentity (runSelectT (fmap (* 2) sel) Identity), runIdentity (runSelectT (0 <$ sel) Identity), runSelect (select (\k -> if k 'a' > 0 then 'a' else 'b')) (const (1 :: Int)))
  print (runSelectT (SelectT (\k -> [1, 2] >>= \x -> k x >> return x) <|> empty) (\x -> [x :: Int]) :: [Int], runSelectT (mzero `mplus` lift [1 :: Int]) (const [()]))
  let ct = ContT (\k -> k 1 ++ k 2) :: ContT r [] Int
  print (evalContT (liftA2 (+) ct ct), evalContT (ct <* ct), evalContT (ct *> ct), evalContT (fmap (* 10) ct), evalContT (0 <$ ct), evalContT (callCC (\k -> k 5 >> return 0) :: ContT r [] Int))
  print (runCont (mapM (\x -> cont (\k -> k (x * 2))) [1, 2, 3 :: Int]) sum, evalCont (reset (shift (\k -> return (k (k 10))) >>= \x -> return (x + 1 :: Int))))
