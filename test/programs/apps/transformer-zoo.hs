-- A report over many containers and monads: the transformers' wrapper types
-- held behind existentials (a list of "anything Foldable", "anything
-- Showable and Readable", "any MonadPlus"), so the programs use the
-- instance dictionaries themselves, as user code with heterogeneous lists
-- does, at -O1 as well as -O0.
{-# LANGUAGE ExistentialQuantification, RankNTypes #-}
{-# OPTIONS_GHC -Wno-deprecations #-}
import Control.Applicative
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Control.Monad
import Control.Monad.Fix
import Control.Monad.IO.Class
import Control.Monad.Trans.Class
import qualified Control.Monad.Trans.Error as Er
import Control.Monad.Trans.Except
import Control.Monad.Trans.Identity
import Control.Monad.Trans.List
import Control.Monad.Trans.Maybe
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import Data.Foldable
import Data.Functor.Classes
import Data.Functor.Constant
import Data.Functor.Identity
import Data.Functor.Reverse
import Data.Traversable

data Fold = forall t. Foldable t => Fold String (t Int)

data Trav = forall t. (Traversable t, Show (t Int), Show (t String)) => Trav String (t Int)

data Val = forall a. (Show a, Read a, Ord a) => Val String a

data Alt = forall f. (Alternative f, Show (f Int), Show (f [Int])) => Alt String (f Int) (f Int)

data Plus = forall m. (MonadPlus m, MonadFix m) => Plus String (forall a. Show a => m a -> String)

describe :: Fold -> String
describe (Fold name t) =
  name ++ ": sum=" ++ show (sum t) ++ " product=" ++ show (product t)
    ++ " length=" ++ show (length t) ++ " null=" ++ show (null t)
    ++ " list=" ++ show (toList t) ++ " elem3=" ++ show (elem 3 t)
    ++ " foldr=" ++ foldr (\x s -> show x ++ "," ++ s) "." t
    ++ " foldl=" ++ foldl (\s x -> s ++ show x ++ ";") "" t
    ++ " foldl'=" ++ show (foldl' (\a x -> a * 2 + x) 0 t)
    ++ " foldr'=" ++ show (foldr' (\x a -> a * 3 - x) 1 t)
    ++ " foldMap=" ++ show (foldMap (\x -> [x, x]) t)
    ++ " fold=" ++ fold (fmapList show t)
    ++ (if null t then "" else
          " max=" ++ show (maximum t) ++ " min=" ++ show (minimum t)
            ++ " foldr1=" ++ show (foldr1 (-) t) ++ " foldl1=" ++ show (foldl1 (-) t))
  where fmapList f = map f . toList

travs :: Trav -> String
travs (Trav name t) =
  name ++ ": " ++ show (traverse (\x -> if x > 0 then Just (show x) else Nothing) t)
    ++ " " ++ show (mapM (\x -> [x, x + 1]) t)
    ++ " " ++ show (sequenceA (fmap (\x -> Right x :: Either String Int) t))
    ++ " " ++ show (fmap length (sequence (fmap (\x -> replicate (min 2 x) x) t)))
    ++ " " ++ show (mapAccumL (\a x -> (a + x, a)) 0 t)
    ++ " " ++ show (mapAccumR (\a x -> (a + x, a)) 0 t)

values :: Val -> String
values (Val name x) =
  let s = show x
      back = read s `asTypeOf` x
      s' = showsPrec 11 x ""
   in name ++ ": " ++ s ++ " | prec11 " ++ s' ++ " | round trip " ++ show (back == x)
        ++ " | " ++ show (compare x back, x < back, x <= back, x > back, x >= back, max x back == min x back)
        ++ " | readList " ++ show (length (read ("[" ++ s ++ "," ++ s ++ "]") `asTypeOf` [x]))
        ++ " | showList " ++ showList [x, x] ""

alts :: Alt -> String
alts (Alt name a b) =
  name ++ ": " ++ show (a <|> b) ++ " " ++ show (empty <|> b) ++ " " ++ show (liftA2 (+) a b)
    ++ " " ++ show (a <* b) ++ " " ++ show (a *> b) ++ " " ++ show ((+) <$> a <*> b)
    ++ " " ++ show (pure 7 `asTypeOf` a) ++ " " ++ show ((3 :: Int) <$ a) ++ " " ++ show (fmap pure a `asTypeOf` fmap (: []) b)

plus :: Plus -> String
plus (Plus name run) =
  name ++ ": " ++ run (mzero `mplus` return (1 :: Int)) ++ " " ++ run (msum [mzero, return 'a', return 'b'])
    ++ " " ++ run (do x <- return 3; guard (x > (2 :: Int)); return (x * 2))
    ++ " " ++ run (take 4 <$> mfix (\xs -> return (1 : map (* 2) (xs :: [Int]))))
    ++ " " ++ run (mapM (\x -> if x > 0 then return x else mzero) [1, 2, 3 :: Int])
    ++ " " ++ run (forM [1, 2 :: Int] (\x -> return (x, x)) >>= \ps -> return (unzip ps))
    ++ " " ++ run ((return 1 >> return (2 :: Int)) >>= \x -> fmap (+ x) (return 5))

main :: IO ()
main = do
  let folds =
        [ Fold "ExceptT" (ExceptT (Identity (Right 5)) :: ExceptT String Identity Int),
          Fold "ExceptT-Left" (ExceptT [Left "e", Right 2, Right 3] :: ExceptT String [] Int),
          Fold "ErrorT" (Er.ErrorT [Right 4, Left "x", Right 9] :: Er.ErrorT String [] Int),
          Fold "ListT" (ListT [[1, 2], [], [3, 4, 5]]),
          Fold "MaybeT" (MaybeT [Just 6, Nothing, Just 7]),
          Fold "IdentityT" (IdentityT [8, 9, 10]),
          Fold "WriterT.Lazy" (WL.WriterT [(1, "a"), (2, "b")]),
          Fold "WriterT.Strict" (WS.WriterT (Just (11, "c"))),
          Fold "Reverse" (Reverse [1, 2, 3, 4]),
          Fold "Backwards" (Backwards [5, 6, 7]),
          Fold "Lift.Pure" (Pure 12 :: Lift [] Int),
          Fold "Lift.Other" (Other [13, 14] :: Lift [] Int),
          Fold "Constant" (Constant "k" :: Constant String Int),
          Fold "empty ListT" (ListT [] :: ListT [] Int)
        ]
  mapM_ (putStrLn . describe) folds
  let trs =
        [ Trav "ExceptT" (ExceptT [Right 1, Left "no", Right 2] :: ExceptT String [] Int),
          Trav "ErrorT" (Er.ErrorT (Just (Right 3)) :: Er.ErrorT String Maybe Int),
          Trav "ListT" (ListT (Just [4, 5, 0])),
          Trav "MaybeT" (MaybeT [Just 1, Nothing]),
          Trav "IdentityT" (IdentityT [2, 3]),
          Trav "WriterT.Lazy" (WL.WriterT [(1, "w"), (4, "v")]),
          Trav "WriterT.Strict" (WS.WriterT (Just (2, "s"))),
          Trav "Reverse" (Reverse [1, 2, 3]),
          Trav "Backwards" (Backwards (Just 8)),
          Trav "Lift" (Other (Just 2) :: Lift Maybe Int),
          Trav "Lift.Pure" (Pure 3 :: Lift Maybe Int),
          Trav "Constant" (Constant 'c' :: Constant Char Int)
        ]
  mapM_ (putStrLn . travs) trs
  let vals =
        [ Val "ExceptT" (ExceptT (Just (Left "bad")) :: ExceptT String Maybe Int),
          Val "ExceptT-Right" (ExceptT [Right 3, Left "x"] :: ExceptT String [] Int),
          Val "ErrorT" (Er.ErrorT (Just (Right (-4))) :: Er.ErrorT String Maybe Int),
          Val "ListT" (ListT (Just [1, -2, 3]) :: ListT Maybe Int),
          Val "MaybeT" (MaybeT [Just 'x', Nothing]),
          Val "IdentityT" (IdentityT (Just (-1.5)) :: IdentityT Maybe Double),
          Val "WriterT.Lazy" (WL.WriterT (Just (3, "log")) :: WL.WriterT String Maybe Int),
          Val "WriterT.Strict" (WS.WriterT [(True, [1]), (False, [])] :: WS.WriterT [Int] [] Bool),
          Val "Reverse" (Reverse (Just (-7)) :: Reverse Maybe Int),
          Val "Backwards" (Backwards [Left 1, Right 'r'] :: Backwards [] (Either Int Char)),
          Val "Lift.Pure" (Pure (-3) :: Lift Maybe Int),
          Val "Lift.Other" (Other (Just 3) :: Lift Maybe Int),
          Val "Constant" (Constant (-2) :: Constant Int Char),
          Val "Identity" (Identity (Just (-5)) :: Identity (Maybe Int))
        ]
  mapM_ (putStrLn . values) vals
  print (liftCompare compare (ExceptT [Right 1]) (ExceptT [Left "e"] :: ExceptT String [] Int),
         liftEq (==) (MaybeT (Just (Just 'a'))) (MaybeT (Just (Just 'a'))),
         liftShowsPrec showsPrec showList 11 (IdentityT [1 :: Int]) "")
  let as =
        [ Alt "ExceptT" (ExceptT [Left "a", Right 1]) (ExceptT [Right 2] :: ExceptT String [] Int),
          Alt "ErrorT" (Er.ErrorT (Just (Left "x"))) (Er.ErrorT (Just (Right 3)) :: Er.ErrorT String Maybe Int),
          Alt "ListT" (ListT (Just [1, 2])) (ListT (Just [10])),
          Alt "MaybeT" (MaybeT [Nothing, Just 1]) (MaybeT [Just 5]),
          Alt "IdentityT" (IdentityT [1, 2]) (IdentityT [3]),
          Alt "WriterT.Lazy" (WL.WriterT [(1, "a")]) (WL.WriterT [(2, "b"), (3, "c")]),
          Alt "WriterT.Strict" (WS.WriterT Nothing) (WS.WriterT (Just (4, "d"))),
          Alt "Reverse" (Reverse [1, 2]) (Reverse [3, 4]),
          Alt "Backwards" (Backwards [1, 2]) (Backwards [3, 4]),
          Alt "Lift" (Other [1, 2]) (Pure 3)
        ]
  mapM_ (putStrLn . alts) as
  let runs =
        [ Plus "ExceptT" runEx,
          Plus "ErrorT" runEr,
          Plus "MaybeT" runMb,
          Plus "IdentityT" runId,
          Plus "WriterT.Lazy" runWL,
          Plus "WriterT.Strict" runWS,
          Plus "ListT" runLT
        ]
  mapM_ (putStrLn . plus) runs
  -- Bifunctor-ish Constant and monad transformer lifts in IO
  print (fmap (+ 1) (Constant "same" :: Constant String Int), Constant [1] <> Constant [2 :: Int] :: Constant [Int] (), mempty :: Constant String Int)
  r <- runExceptT (do liftIO (putStrLn "in ExceptT"); x <- lift (return 3); when (x > 2) (throwE "too big"); return x) :: IO (Either String Int)
  print r
  r2 <- Er.runErrorT (do liftIO (putStrLn "in ErrorT"); Er.throwError "oops" `Er.catchError` (\e -> return (length e))) :: IO (Either String Int)
  print r2
  r3 <- runListT (do x <- ListT (return [1, 2, 3]); liftIO (print x); return (x * x)) :: IO [Int]
  print r3
  r4 <- WS.runWriterT (do WS.tell ["a"]; liftIO (putStrLn "in Writer"); lift (return 'w')) :: IO (Char, [String])
  print r4
  r5 <- runIdentityT (liftIO (return "identity"))
  putStrLn r5
  print (runExcept (withExceptT length (throwE "four" :: Except String ())), runExcept (except (Right 'x') :: Except () Char))
  print (runIdentity (runExceptT (mapExceptT (fmap (either (Right . length) (Left . show))) (throwE "abc" :: ExceptT String Identity Int))))
  print (forwards (traverse (\x -> Backwards [x, x * 10]) [1, 2 :: Int]), runErrors (traverse (\x -> if x > 1 then failure [x] else pure x) [1, 2, 3 :: Int]))
  print (elimLift (: []) id (Other "abc" :: Lift [] Char), mapLift reverse (Other "xy"), unLift (Pure (3 :: Int) :: Lift [] Int))

runEx :: Show a => ExceptT String [] a -> String
runEx = show . runExceptT

runEr :: Show a => Er.ErrorT String Maybe a -> String
runEr = show . Er.runErrorT

runMb :: Show a => MaybeT Identity a -> String
runMb = show . runIdentity . runMaybeT

runId :: Show a => IdentityT Maybe a -> String
runId = show . runIdentityT

runWL :: Show a => WL.WriterT String [] a -> String
runWL = show . WL.runWriterT

runWS :: Show a => WS.WriterT [Int] Maybe a -> String
runWS = show . WS.runWriterT

runLT :: Show a => ListT Maybe a -> String
runLT = show . runListT
