{-# OPTIONS_GHC -Wno-deprecations -fno-specialise #-}
{-# LANGUAGE ScopedTypeVariables #-}
-- exceptions' classes through each transformer over a base monad the code
-- does not know (library-style, used at IO and at the pure CatchT): throw,
-- catch, try, bracket and generalBracket, mask; and CatchT's Foldable and
-- Traversable over an unknown inner functor. (-fno-specialise keeps GHC
-- from copying the generic functions per use site.)
import Control.Exception (ArithException (..), ErrorCall (..))
import Control.Monad.Catch
import Control.Monad.Catch.Pure
import Control.Monad.Trans.Class
import Control.Monad.Trans.Except
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Reader
import qualified Control.Monad.Trans.RWS.Lazy as RL
import qualified Control.Monad.Trans.RWS.Strict as RS
import qualified Control.Monad.Trans.State.Lazy as SL
import qualified Control.Monad.Trans.State.Strict as SS
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import Data.Foldable

-- one scenario, inlined into each generic runner
{-# INLINE scenario #-}
scenario :: MonadMask t => t Int -> t String
scenario step = do
  a <- step `catch` \(e :: ArithException) -> return (length (show e))
  b <- try (throwM (ErrorCall "boom") >> step)
  c <- mask (\restore -> restore step)
  d <- uninterruptibleMask_ step
  (e, r) <- generalBracket step (\x ec -> return (x + exitNo ec)) (\x -> return (x * 2))
  f <- bracket step (\_ -> return ()) (\x -> return (x + 1)) `finally` return ()
  g <- (throwM DivideByZero `onException` step) `catch` \(ex :: ArithException) -> return (length (show ex))
  return (show (a, either (\(ErrorCall m) -> m) show b, c, d, e, r, f, g))
  where
    exitNo :: ExitCase a -> Int
    exitNo ec = case ec of ExitCaseSuccess _ -> 1; ExitCaseException _ -> 2; ExitCaseAbort -> 3

{-# NOINLINE allStacks #-}
allStacks :: forall m. MonadMask m => m Int -> m [String]
allStacks step = sequence
  [ SS.evalStateT (scenario (lift step)) (),
    SL.evalStateT (scenario (lift step)) (),
    runReaderT (scenario (lift step)) (),
    fst <$> WL.runWriterT (scenario (lift step) :: WL.WriterT String m String),
    fst <$> WS.runWriterT (scenario (lift step) :: WS.WriterT String m String),
    (\(a, _, _) -> a) <$> (RL.runRWST (scenario (lift step)) () () :: m (String, (), String)),
    (\(a, _, _) -> a) <$> (RS.runRWST (scenario (lift step)) () () :: m (String, (), String)),
    runIdentityT (scenario (lift step)),
    either id id <$> runExceptT (scenario (lift step) :: ExceptT String m String),
    maybe "Nothing" id <$> runMaybeT (scenario (lift step))
  ]

{-# NOINLINE catchFold #-}
catchFold :: (Traversable f, Monad f) => f (Either SomeException Int) -> [String]
catchFold xs =
  let c = CatchT xs
   in [ show (fold (fmap show c), foldMap show c, foldr (:) [] c, foldr' (+) 0 c, foldl (-) 0 c, foldl' (-) 0 c, toList c, null c, length c, elem 2 c, sum c, product c),
        show (if null c then Nothing else Just (foldr1 (-) c, foldl1 (-) c, maximum c, minimum c)),
        show (fmap (map (either show show) . toListE) (traverse (\x -> Just (x + 1)) c), length (mapM (\x -> [x, x]) c), fmap length (sequence (fmap Just c)), length (sequenceA (fmap (: []) c)))
      ]
  where
    toListE = toList . runCatchT

main :: IO ()
main = do
  allStacks (return 5) >>= mapM_ putStrLn
  either (\e -> putStrLn ("CatchT: " ++ show e)) (mapM_ putStrLn) (runCatch (allStacks (return 6)))
  mapM_ putStrLn (catchFold [Right 1, Left (toException (ErrorCall "x")), Right 2])
  mapM_ putStrLn (catchFold (Just (Right 3)))
