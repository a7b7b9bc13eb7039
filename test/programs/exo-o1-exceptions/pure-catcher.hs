{-# LANGUAGE RankNTypes, FlexibleContexts, GADTs, ScopedTypeVariables #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- A pure validation pipeline in CatchT (exceptions' pure catcher): records
-- are validated with Functor/Applicative/Alternative/Monad methods, errors
-- thrown and caught with MonadThrow/Catch/Mask, results folded and
-- traversed, and state, environment and log reached through mtl's classes,
-- each class's methods taken as a record at CatchT over an unknown monad
-- (no specialisation, no library inlining). Either's instances and
-- Handler's Functor are used the same way.
import Control.Monad.Catch
import Control.Monad.Catch.Pure
import Control.Exception (ArithException (..), ErrorCall (..))
import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Writer
import Control.Monad.RWS
import Data.Foldable (foldl', foldr', toList)

data Ops f = Ops
  { fmap' :: forall a b. (a -> b) -> f a -> f b, pure' :: forall a. a -> f a
  , ap' :: forall a b. f (a -> b) -> f a -> f b, then' :: forall a b. f a -> f b -> f b
  , empty' :: forall a. f a, alt' :: forall a. f a -> f a -> f a
  , some' :: forall a. f a -> f [a], many' :: forall a. f a -> f [a]
  , bind' :: forall a b. f a -> (a -> f b) -> f b, seq' :: forall a b. f a -> f b -> f b
  , fail' :: forall a. String -> f a, mfix' :: forall a. (a -> f a) -> f a
  , throw' :: forall a. ArithException -> f a, catch' :: forall a. f a -> (ArithException -> f a) -> f a
  , mask' :: forall b. ((forall a. f a -> f a) -> f b) -> f b
  , bracket' :: forall a b c. f a -> (a -> ExitCase b -> f c) -> (a -> f b) -> f (b, c) }

{-# INLINE opsOf #-}
opsOf :: (Alternative f, MonadFail f, MonadFix f, MonadMask f) => Bool -> Ops f
opsOf True = Ops fmap pure (<*>) (*>) empty (<|>) some many (>>=) (>>) fail mfix throwM catch mask generalBracket
opsOf False = Ops (\f x -> fmap f x) (\x -> pure x) (\f x -> f <*> x) (\a b -> a *> b) empty (\a b -> a <|> b) (\a -> some a) (\a -> many a)
                  (\m k -> m >>= k) (\a b -> a >> b) (\s -> fail s) (\f -> mfix f) (\e -> throwM e) (\m h -> catch m h) (\f -> mask f) (\a r u -> generalBracket a r u)

data Cls m = Cls
  { get' :: m Int, put' :: Int -> m (), state' :: forall a. (Int -> (a, Int)) -> m a
  , ask' :: m Int, reader' :: forall a. (Int -> a) -> m a, local' :: forall a. (Int -> Int) -> m a -> m a
  , tell' :: [String] -> m (), writer' :: forall a. (a, [String]) -> m a, listen' :: forall a. m a -> m (a, [String])
  , liftIO' :: forall a. Maybe (IO a -> m a) }

data Superclasses m where Superclasses :: (Monad m, MonadWriter [String] m, MonadReader Int m, MonadState Int m) => Superclasses m

{-# INLINE clsOf #-}
clsOf :: MonadRWS Int [String] Int m => Bool -> Cls m
clsOf True = Cls get put state ask reader local tell writer listen Nothing
clsOf False = Cls (get >>= return) (\s -> put s) (\f -> state f) (ask >>= return) (\f -> reader f) (\f m -> local f m) (\w -> tell w) (\a -> writer a) (\m -> listen m) Nothing

{-# INLINE supersOf #-}
supersOf :: MonadRWS Int [String] Int m => Superclasses m
supersOf = Superclasses

{-# NOINLINE catchOps #-}
catchOps :: MonadFix m => Bool -> Ops (CatchT m)
catchOps = opsOf

{-# NOINLINE catchCls #-}
catchCls :: MonadRWS Int [String] Int m => Bool -> (Cls (CatchT m), Superclasses (CatchT m))
catchCls b = (clsOf b, supersOf)

{-# NOINLINE ioLift #-}
ioLift :: MonadIO m => IO a -> CatchT m a
ioLift = liftIO

-- The pipeline: parse fields, reject bad ones, recover, and sum.
{-# NOINLINE validate #-}
validate :: Ops f -> [String] -> f (Int, [Int])
validate o fields =
  let field s = case reads s of
        [(n, "")] -> if n < 0 then throw' o Underflow else pure' o n
        _ -> fail' o ("bad field " ++ s)
      checked s = catch' o (field s) (\e -> if e == Underflow then pure' o 0 else throw' o e)
      firstGood = foldr (alt' o) (empty' o) (map field fields)
      ones = then' o (many' o (empty' o)) (pure' o [1])
      ok = alt' o (some' o (then' o (pure' o 2) (empty' o))) (pure' o [3])
   in bind' o (mapM' o checked fields) (\ns ->
        seq' o (mask' o (\restore -> restore (pure' o ())))
          (fmap' o (\(((total, good), ()), extra) -> (total * 100 + good, extra ++ ns))
             (bracket' o (pure' o (sum ns)) (\_ _ -> pure' o ()) (\t -> ap' o (fmap' o (,) (pure' o t)) (alt' o firstGood (pure' o (-1))))
               >>>= (\r -> ap' o (fmap' o (\a b -> (r, a ++ b)) ones) ok))))
  where
    m >>>= k = bind' o m k
    mapM' o' f xs = foldr (\x acc -> ap' o' (fmap' o' (:) (f x)) acc) (pure' o' []) xs

main :: IO ()
main = do
  let o = catchOps True :: Ops (CatchT Maybe)
      o2 = catchOps False :: Ops (CatchT [])
  print (fmap (either show show) (runCatchT (validate o ["1", "2", "-3", "4"])))
  print (fmap (either show show) (runCatchT (validate o2 ["10", "x", "5"])))
  print (fmap (either show show) (runCatchT (validate o2 ["7"])))
  print (fmap (either show (show . take 4)) (runCatchT (mfix' o (\xs -> pure' o (1 : map (* 2) xs :: [Int])))))
  -- folding and traversing the pipeline's result
  let r = CatchT (Just (Right 5)) :: CatchT Maybe Int
      bad = throwM Overflow :: CatchT Maybe Int
  print (sum r, product r, length bad, null bad, toList r, foldr (:) [] r, foldl (flip (:)) [] r, foldr' (+) 1 r, foldl' (+) 1 r, foldr1 (+) r, foldl1 (-) r, foldMap show r, fold (fmap show r))
  print (map (fmap (either show show) . runCatchT) (traverse (\x -> [x, x + 1]) r), fmap (either show show) (runCatchT (sequenceA [r, r])), fmap (const ()) (mapM (const (Nothing :: Maybe ())) r))
  print (fmap (fmap (either show show) . runCatchT) (sequence (CatchT [Right [1, 2 :: Int]])), fmap (fmap (either show show) . runCatchT) (sequenceA (CatchT (Just (Right (Just 'j'))))))
  -- mtl's classes through CatchT
  let (c1, Superclasses) = catchCls True :: (Cls (CatchT (RWS Int [String] Int)), Superclasses (CatchT (RWS Int [String] Int)))
      (c2, _) = catchCls False :: (Cls (CatchT (RWS Int [String] Int)), Superclasses (CatchT (RWS Int [String] Int)))
      prog c = do { e <- ask' c; s <- get' c; put' c (s + e); x <- state' c (\t -> (t * 2, t + 1)); y <- reader' c (+ 100); z <- local' c (* 3) (ask' c)
                    ; tell' c ["e" ++ show e]; (_, w) <- listen' c (tell' c ["inner"]); writer' c ((), map reverse w); return (x, y, z) }
  print (runRWS (runCatchT (prog c1)) 2 10, runRWS (runCatchT (prog c2)) 3 20)
  print (runRWS (runCatchT (do { tell ["direct"]; modify (+ 1); asks (* 2) })) 4 5)
  c <- runCatchT (ioLift (return "from IO") >>= \s -> lift (return (length s)))
  print (either show show c)
  -- Either's instances and Handler's Functor as records
  let eo = Ops fmap pure (<*>) (*>) undefined undefined undefined undefined (>>=) (>>) undefined undefined throwM catch mask generalBracket :: Ops (Either SomeException)
  print (either show show (catch' eo (throw' eo DivideByZero) (\e -> pure' eo (show e))), either show show (bracket' eo (Right 'a') (\_ ec -> Right (show ec)) (\a -> Right [a])))
  print (either show show (mask' eo (\restore -> restore (Right (1 :: Int)))), either show show (uninterruptibleMask (\restore -> restore (Right 'u') :: Either SomeException Char)))
  let hs = [fmap length (Handler (\(ErrorCall m) -> return m)), 7 <$ Handler (\(e :: ArithException) -> return ())] :: [Handler (Either SomeException) Int]
  print (map (either show show) [catches (throwM (ErrorCall "four")) hs, catches (throwM Overflow) hs, catches (Right 9) hs])
  where
    fold = foldr (++) ""
